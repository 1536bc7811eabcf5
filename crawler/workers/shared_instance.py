"""One instance per key and process, shared by the sites a crawl runs at once: one parse
pool a process, one writer a database."""

from __future__ import annotations

from typing import Any


class SharedPerProcess:
    """`shared(key)` gives the process's instance for `key` (made by `cls(key)`), counting
    its users; each calls `release()` once, which says whether it was the last."""

    _instances: dict[Any, SharedPerProcess]
    users = 0
    _shared_key: Any = None

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls._instances = {}

    @classmethod
    def shared(cls, key):
        instance = cls._instances.get(key)
        if instance is None:
            instance = cls._instances[key] = cls(key)
            instance._shared_key = key
        instance.users += 1
        return instance

    def release(self) -> bool:
        """One user fewer; True when none is left (also for an instance not shared)."""
        self.users -= 1
        if self.users > 0:
            return False
        if self._instances.get(self._shared_key) is self:
            del self._instances[self._shared_key]
        return True
