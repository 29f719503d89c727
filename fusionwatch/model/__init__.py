"""The entity model: FollowTheMoney schemata and statements with provenance.

Value cleaning (countries, dates, names) is FollowTheMoney's own ``types``; fusionwatch
adds none of its own here.
"""

from fusionwatch.model.statements import ID_PROP, Statement, record_statements

__all__ = ["ID_PROP", "Statement", "record_statements"]
