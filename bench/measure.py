"""Measuring one command: wall time, CPU time and peak memory of its whole process tree."""

from __future__ import annotations

import os
import platform
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil


@dataclass(frozen=True, slots=True)
class Measured:
    """What one run of a command cost. ``peak_rss`` sums every process of the tree at the worst moment."""

    seconds: float
    cpu_seconds: float
    peak_rss: int
    peak_rss_single: int
    stdout: str
    rss_timeline: tuple[tuple[float, int], ...] = ()  # (seconds since start, summed RSS), every 0.1 s

    def rss_at(self, fraction: float) -> int:
        """The largest summed RSS seen up to ``fraction`` of the run (shows whether memory keeps growing)."""
        cutoff = self.seconds * fraction
        return max((rss for at, rss in self.rss_timeline if at <= cutoff), default=0)


class _TreeSampler(threading.Thread):
    """Polls the summed RSS of a process and its descendants (pool workers are grandchildren)."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.timeline: list[tuple[float, int]] = []
        self.done = threading.Event()

    def run(self) -> None:
        started = time.perf_counter()
        while not self.done.is_set():
            total = 0
            try:
                processes = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            for process in processes:
                try:
                    total += process.memory_info().rss
                except psutil.NoSuchProcess:
                    continue
            self.peak = max(self.peak, total)
            self.timeline.append((time.perf_counter() - started, total))
            self.done.wait(self.interval)


def run_measured(command: list[str], cwd: Path | None = None) -> Measured:
    """Run ``command`` to completion; raise with its stderr when it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = _TreeSampler(process.pid)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    sampler.done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-4000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # ru_maxrss is in KiB on Linux: the largest single descendant so far (not only this command's).
    return Measured(seconds, cpu, sampler.peak, after.ru_maxrss * 1024, stdout, tuple(sampler.timeline))


@dataclass(frozen=True, slots=True)
class Machine:
    cpus: int
    cpu_model: str
    ram_bytes: int
    python: str
    platform: str
    load_average: tuple[float, float, float]


def machine() -> Machine:
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return Machine(
        cpus=os.cpu_count() or 1,
        cpu_model=model,
        ram_bytes=psutil.virtual_memory().total,
        python=sys.version.split()[0],
        platform=platform.platform(),
        load_average=os.getloadavg(),
    )
