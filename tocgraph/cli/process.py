"""The ``tocgraph`` process around :func:`tocgraph.cli.main`: its streams and how it ends.

:func:`run` is the program (``tocgraph`` and ``python -m tocgraph``). It makes
closed standard streams harmless to write to, turns a Ctrl-C before a command
began into a one-line message, flushes what the command printed, reports a
stream the system refused, and ends the process at once.

Exit codes beyond 0, 1 and 2: :data:`EXIT_INTERRUPTED` after Ctrl-C and
:data:`EXIT_BROKEN_PIPE` when the reader of standard output left before the
command finished, the codes a shell gives a process killed by those signals.
A reader that leaves after the command finished does not change its code.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from typing import NoReturn

from tocgraph.cli.common import EXIT_INVALID, say_error, system_reason

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_INTERRUPTED",
    "flushed",
    "run",
    "silence_stdout",
    "system_error",
]

EXIT_INTERRUPTED = 130
"""Ctrl-C (128 + SIGINT)."""

EXIT_BROKEN_PIPE = 141
"""The reader of standard output left before the command finished (128 + SIGPIPE)."""


def run() -> NoReturn:
    """The program: :func:`~tocgraph.cli.main`, then exit at once.

    Once the command has finished and standard output and error are flushed,
    the process ends with :func:`os._exit`, skipping the interpreter's
    teardown: freeing every module and object one by one cost 25 to 40 ms,
    about a tenth of a ``check`` of a bundled model (``docs/performance.md``),
    and does nothing a finished command needs. Every file tocgraph writes is
    closed (and renamed into place) before ``main`` returns, and tocgraph
    registers no exit handlers. Under a profiler or a coverage tool (a trace or
    profile function is set) the exit takes Python's usual way, so that the
    tool can write its report. Library callers use ``main``, which only returns.
    """
    from tocgraph.cli import main

    _prepare_streams()
    try:
        code = main()
    except KeyboardInterrupt:  # before a command began (``main`` catches it after)
        say_error("cli.err.interrupted")
        code = EXIT_INTERRUPTED
    except BrokenPipeError:  # writing --help or --version
        silence_stdout()
        code = EXIT_BROKEN_PIPE
    except OSError as exc:  # writing --help or --version (say, to a full disk)
        system_error(exc)
        code = EXIT_INVALID
    code = flushed(code)  # what --help or --version printed
    with contextlib.suppress(OSError, ValueError):  # else nothing more can be said
        sys.stderr.flush()
    if sys.gettrace() is not None or sys.getprofile() is not None:
        raise SystemExit(code)  # a profiler or coverage tool: it writes its report at exit
    os._exit(code)


def flushed(code: int) -> int:
    """``code`` once standard output is flushed; EXIT_INVALID, said, if the system refused."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader left after the command finished: its code stands
        silence_stdout()
    except OSError as exc:
        system_error(exc)
        return EXIT_INVALID
    return code


def system_error(exc: OSError) -> None:
    """Say why the system refused; without a file name, it was standard output."""
    reason = system_reason(exc)
    if exc.filename is None:
        silence_stdout()  # what is left cannot be written either: no second error at exit
        say_error("cli.err.stdout", reason=reason)
    else:
        say_error("cli.err.system", name=str(exc.filename), reason=reason)


def silence_stdout() -> None:
    """After a closed pipe, send what is left on stdout nowhere (no error at exit)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file, e.g. under capture
        pass


class _Closed(io.TextIOBase):
    """Standard output closed by the shell (``>&-``): writing to it is an error, said."""

    def write(self, text: object) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    @property
    def buffer(self) -> _Closed:  # binary output (pictures) is refused alike
        return self


def _prepare_streams() -> None:
    """Standard output and error such that what cannot be written is known.

    Python leaves a closed standard stream as ``None``. Writing to a closed
    standard output becomes an error the command reports (so a command that
    writes only files still works); a closed standard error takes what is said
    without a word, since nothing can be said.

    Unbuffered (``python -u``, ``PYTHONUNBUFFERED``, common in containers), a
    write that the system takes only in part is cut short without an error
    (found by fuzzing: on a full disk a report was 20,480 bytes, exit 0).
    Standard output is then given a buffer, whose flush writes every byte or
    raises; on a terminal it still shows each line as it comes.
    """
    if sys.stdout is None:
        sys.stdout = _Closed()
    elif isinstance(getattr(sys.stdout, "buffer", None), io.FileIO):  # not a Windows console
        raw = io.FileIO(sys.stdout.fileno(), "w", closefd=False)
        sys.stdout = io.TextIOWrapper(
            io.BufferedWriter(raw),
            encoding=sys.stdout.encoding,
            errors=sys.stdout.errors,
            line_buffering=sys.stdout.isatty(),
        )
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process)
