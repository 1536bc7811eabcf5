"""What machine a benchmark ran on, for the figures it prints (shared by bench/*.py)."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_model() -> str:
    """platform.processor() is empty on Linux; /proc/cpuinfo names the CPU."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
