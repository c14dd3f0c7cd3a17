"""Online/offline state and the back-off schedule of probes while offline (Qt-free)."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass
class Connectivity:
    """``online`` flips on every probe or request outcome; ``next_probe_delay`` backs off."""

    base: float = 2.0
    cap: float = 300.0
    online: bool = False
    failures: int = 0

    def succeeded(self) -> bool:
        """Records a success; True when this brought the link back."""
        came_back = not self.online
        self.online, self.failures = True, 0
        return came_back

    def failed(self) -> bool:
        """Records a failure; True when this took the link down."""
        went_down = self.online
        self.online = False
        self.failures += 1
        return went_down

    def next_probe_delay(self) -> float:
        """Seconds until the next probe: doubling from ``base`` up to ``cap``, with jitter."""
        ceiling = min(self.cap, self.base * (2 ** min(max(self.failures - 1, 0), 16)))
        return random.uniform(ceiling * 0.5, ceiling)
