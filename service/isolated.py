"""Extraction for the HTTP workers, in a child process that can be stopped.

A request thread cannot be interrupted reliably: a pathological text can keep
a regular expression or the parser in C code, holding the GIL, for minutes,
and then neither a timer thread nor the worker's heartbeat gets to run. So
each gunicorn worker hands its articles to one child process of its own,
which loads the model once; an extraction past its budget kills the child,
and the next request starts a fresh one. The worker never loads the model.
A worker has a small pool of them (`ExtractionProcesses`), so that one slow
article does not hold up the other articles posted to the same worker.
"""
from __future__ import annotations

import functools
import multiprocessing
import queue
import signal
import threading
import time
from multiprocessing.connection import Connection

from .extraction import load_extractor
from .extraction.records import Extraction

START_SECONDS = 120
"""How long a new child may take to import spaCy and load its model."""


class ExtractionTimeout(Exception):
    """Extraction ran past its time budget."""

    def __init__(self, seconds: float):
        super().__init__(f"extraction ran past its {seconds:g} s budget")
        self.seconds = seconds


def _serve(model_name: str, connection: Connection) -> None:
    """The child: load the model, say so, then extract whatever arrives until
    the worker closes the pipe. A stop signal to the server's process group is
    for the worker, which finishes its requests, then kills its children."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        extractor = load_extractor(model_name)
    except Exception as error:  # noqa: BLE001 - the parent raises it (a missing model, say)
        connection.send((False, error))
        return
    connection.send((True, extractor.version))
    while True:
        try:
            body, title = connection.recv()
        except EOFError:
            return
        try:
            connection.send((True, extractor.extract(body, title)))
        except Exception as error:  # noqa: BLE001 - the parent raises it; the child serves on
            connection.send((False, error))


class ExtractionProcess:
    """`extract(body, title)` as on an Extractor, run in the child, one call
    at a time, each within `budget_seconds`."""

    def __init__(self, model_name: str, budget_seconds: float):
        self.model_name = model_name
        self.budget_seconds = budget_seconds
        self._lock = threading.Lock()
        self._child: multiprocessing.Process | None = None
        self._connection: Connection | None = None
        self._loaded = False

    def start(self) -> None:
        """Start the child, if none runs, without waiting for its model."""
        with self._lock:
            self._spawn()

    def wait_ready(self) -> None:
        """Start the child if need be and wait (up to START_SECONDS) for its model."""
        with self._lock:
            self._ready(time.monotonic() + START_SECONDS)

    def extract(self, body: str, title: str | None = None) -> Extraction:
        """Extract within the budget (which starts once the child has its
        model); past it, the child is killed and a new one started at once."""
        with self._lock:
            connection = self._ready(time.monotonic() + START_SECONDS)
            connection.send((body, title))
            if not connection.poll(self.budget_seconds):
                self._stop()
                self._spawn()
                raise ExtractionTimeout(self.budget_seconds)
            return self._answer(connection)

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _spawn(self) -> None:
        if self._child is not None and self._child.is_alive():
            return
        self._stop()
        parent_end, child_end = multiprocessing.Pipe()
        context = multiprocessing.get_context("spawn")
        self._child = context.Process(target=_serve, args=(self.model_name, child_end), daemon=True,
                                      name="parley-extraction")
        self._child.start()
        child_end.close()
        self._connection = parent_end

    def _ready(self, deadline: float) -> Connection:
        self._spawn()
        if not self._loaded:
            if not self._connection.poll(max(0.0, deadline - time.monotonic())):
                self._stop()
                raise RuntimeError(f"the extraction process did not load {self.model_name!r} in {START_SECONDS} s")
            self._answer(self._connection)
            self._loaded = True
        return self._connection

    def _answer(self, connection: Connection):
        try:
            succeeded, value = connection.recv()
        except EOFError:
            self._stop()
            raise RuntimeError("the extraction process died") from None
        if not succeeded:
            raise value
        return value

    def _stop(self) -> None:
        if self._child is not None:
            self._child.kill()
            self._child.join()
        if self._connection is not None:
            self._connection.close()
        self._child = self._connection = None
        self._loaded = False


class ExtractionProcesses:
    """A worker's extraction processes: each article goes to the idle one
    that has waited longest (a killed one reloads meanwhile), so a slow
    article holds up no other; up to `size` of them, started on demand or
    all at once by `start`."""

    def __init__(self, model_name: str, budget_seconds: float, size: int):
        self.size = size
        self._idle: queue.Queue[ExtractionProcess] = queue.Queue()
        self._made: list[ExtractionProcess] = []
        self._lock = threading.Lock()
        self._new = functools.partial(ExtractionProcess, model_name, budget_seconds)

    def start(self) -> None:
        """Start every process and wait until each has its model."""
        with self._lock:
            while len(self._made) < self.size:
                self._idle.put(self._added())
        for process in self._made:
            process.start()
        for process in self._made:
            process.wait_ready()

    def extract(self, body: str, title: str | None = None) -> Extraction:
        process = self._take()
        try:
            return process.extract(body, title)
        finally:
            self._idle.put(process)

    def close(self) -> None:
        for process in self._made:
            process.close()

    def _take(self) -> ExtractionProcess:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._made) < self.size:
                return self._added()
        return self._idle.get()

    def _added(self) -> ExtractionProcess:
        """A new process, counted towards `size` (the caller holds the lock)."""
        self._made.append(self._new())
        return self._made[-1]
