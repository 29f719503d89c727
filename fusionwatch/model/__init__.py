"""The entity model: FollowTheMoney schemata, statements and value types."""

from fusionwatch.model.statements import ID_PROP, Statement, record_statements

__all__ = ["ID_PROP", "Statement", "record_statements"]
