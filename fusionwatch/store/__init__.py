"""The embedded DuckDB store: statements in, entities out, in transactions."""
