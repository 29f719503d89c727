"""Read-only analysis over the store: search, entity descriptions, overlaps."""
