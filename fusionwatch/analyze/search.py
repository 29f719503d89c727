"""Name search over the store."""

from __future__ import annotations

from dataclasses import dataclass

from fusionwatch.store.queries import search_names
from fusionwatch.store.store import Store


@dataclass
class Hit:
    """One entity found by a search."""

    entity_id: str
    name: str
    dataset: str

    def as_dict(self) -> dict[str, str]:
        """JSON form."""
        return {"id": self.entity_id, "name": self.name, "dataset": self.dataset}

    def line(self) -> str:
        """One line for the terminal."""
        return f"{self.entity_id}  {self.name}  ({self.dataset})"


def search(store: Store, text: str, limit: int = 20) -> list[Hit]:
    """Entities whose name or alias contains ``text``."""
    return [Hit(*row) for row in search_names(store, text, limit)]
