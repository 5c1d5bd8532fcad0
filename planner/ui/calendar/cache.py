"""RangeCache: prefetched periods of the calendar (pure Python, no Qt)."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class RangeCache:
    """A small LRU of loaded periods whose entries expire after ``max_age`` seconds."""

    def __init__(self, max_age: float, size: int = 4, clock: Callable[[], float] = time.monotonic) -> None:
        self._max_age = max_age
        self._size = size
        self._clock = clock
        self._items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self.stamp_of_last_pop = 0.0  # when the entry the last pop returned was loaded

    def __contains__(self, key: Hashable) -> bool:
        self.expire()
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def put(self, key: Hashable, value: Any, stamp: float | None = None) -> list[Any]:
        """Store a loaded period (loaded now, or at ``stamp``), evicting the oldest beyond the size.

        Return the evicted values: the caller may drop them when freeing a month of rows costs
        nobody a wait (after the paint).
        """
        self._items[key] = (self._clock() if stamp is None else stamp, value)
        self._items.move_to_end(key)
        evicted = []
        while len(self._items) > self._size:
            evicted.append(self._items.popitem(last=False)[1][1])
        return evicted

    def pop(self, key: Hashable, default: Any = None) -> Any:
        """Remove and return a fresh entry (an entry is used once: the view then owns it)."""
        self.expire()
        item = self._items.pop(key, None)
        if item is None:
            return default
        self.stamp_of_last_pop = item[0]
        return item[1]

    def get(self, key: Hashable, default: Any = None) -> Any:
        """Return a fresh entry and keep it (an entry asked for again, as a month's days with events)."""
        self.expire()
        item = self._items.get(key)
        if item is None:
            return default
        self._items.move_to_end(key)
        return item[1]

    def expire(self) -> None:
        """Drop entries older than the maximum age."""
        limit = self._clock() - self._max_age
        for key in [k for k, (stamp, _) in self._items.items() if stamp < limit]:
            del self._items[key]

    def clear(self) -> None:
        """Forget everything (after any change)."""
        self._items.clear()
