"""Writing output files safely: never over an input, never half-written.

:func:`write_output` is what every command with ``-o`` uses:

- an output that resolves to one of the inputs (the same file through
  ``sub/../``, a symbolic link or a hard link) is refused with
  :class:`~tocgraph.errors.OutputError`, before anything is written;
- a regular file (or a new one) is written to a temporary file in the same
  folder, flushed to disk and renamed over the target, so a reader, a crash
  or a ``kill -9`` sees either the old file or the complete new one. The
  temporary file is named ``.<name>.<random>.tmp``; only a process killed
  during the write can leave one behind;
- a symbolic link is followed: its target is replaced, the link stays;
- a device, a pipe or anything under ``/dev/`` (but ``/dev/shm/``) or ``/proc/``
  (``/dev/null``, ``/dev/stdout``, ``/dev/full``) is written directly, never
  replaced by a regular file;
- every failure (an empty path, a folder, a missing folder, a full disk) is an
  :class:`~tocgraph.errors.OutputError` with a one-line message.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> toc = folder / "toc.yaml"
>>> _ = toc.write_text("tocgraph: 1\\n", encoding="utf-8")
>>> write_output(folder / "report.md", "# Report\\n", inputs=[toc]).name
'report.md'
>>> write_output(folder / "sub" / ".." / "toc.yaml", "oops", inputs=[toc])  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
tocgraph.errors.OutputError: the output ... is the input ...; choose another output file
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from tocgraph.errors import OutputError, Phrase, PhraseArg, phrase

__all__ = [
    "OS_ERRORS",
    "TEMPORARY_PATTERN",
    "leads_out_of",
    "os_reason",
    "refuse_inputs",
    "write_atomic",
    "write_output",
    "write_outputs",
]

TEMPORARY_PATTERN = ".{name}.*.tmp"
"""The glob of the temporary files :func:`write_atomic` makes next to its target."""

_KERNEL_FOLDERS = ("/dev/", "/proc/")

PathLike = str | os.PathLike[str]


def write_output(
    path: PathLike, data: str | bytes, *, inputs: PathLike | Iterable[PathLike] = ()
) -> Path:
    """Write ``data`` to ``path``, refusing any path that is one of ``inputs``.

    Parameters
    ----------
    path
        The output file. Text is written as UTF-8 with the line endings it has.
        The text ``"-"`` is standard output, as for the command line's ``-o``
        (a file named ``-`` is ``"./-"``).
    data
        Text or bytes.
    inputs
        The files the output was made from (one path, or several); ``"-"``
        (stdin) is ignored.

    Returns
    -------
    Path
        ``path``, as a :class:`~pathlib.Path`.

    Raises
    ------
    OutputError
        When the path is empty, a folder, in a missing folder, one of the
        inputs, or the write fails (the message says which).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> write_output(target, "hallo\\n").read_text(encoding="utf-8")
    'hallo\\n'
    >>> write_output("/dev/null", b"gone")
    PosixPath('/dev/null')
    """
    sources = _paths(inputs)
    if isinstance(path, str) and path == "-":
        _write_stdout(_payload(data))
        return Path(path)
    name = _checked_name(path)
    _refuse(name, sources)
    payload = _payload(data)
    try:
        if _is_special(name):
            _write_directly(name, payload)
        else:
            write_atomic(os.path.realpath(name), payload)
    except OSError as exc:
        raise _failed(name, exc) from None
    return Path(name)


def write_outputs(
    files: Iterable[tuple[PathLike, str | bytes]],
    *,
    inputs: PathLike | Iterable[PathLike] = (),
    within: PathLike | None = None,
) -> list[Path]:
    """Write several files all or nothing, as :func:`write_output` writes one.

    Every path is checked first, then every file is written to its temporary
    file; only when all of them are on disk are they renamed over their
    targets, one after the other. So a failure (a target that is a folder or
    an input, a full disk) leaves every target as it was and no temporary
    file behind. (Only a failing rename, after all were written, could leave
    some targets new and some old; the error then says which.) The targets
    must be regular files (or new ones). With ``within`` (the folder whose
    files these are, named by tocgraph), a target that is a link leading out of
    that folder is refused: a link left in an output folder must not make an
    export overwrite a file elsewhere.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in write_outputs([(folder / "a.csv", "a\\n"), (folder / "b.csv", "b\\n")])]
    ['a.csv', 'b.csv']
    >>> write_outputs([(folder / "a.csv", "new\\n"), (folder, "x")])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    tocgraph.errors.OutputError: the output ... is a folder; name a file in it
    >>> (folder / "a.csv").read_text(encoding="utf-8")
    'a\\n'
    """
    sources = _paths(inputs)
    planned = []
    for path, data in files:
        name = _checked_name(path)
        _refuse(name, sources)
        if _is_special(name):
            raise _error(name, "output.cannot_write", reason=phrase("output.not_regular"))
        payload = _payload(data)
        target = os.path.realpath(name)
        if within is not None:
            _refuse_outside(name, target, within)
        planned.append((name, target, payload))
    written: list[tuple[str, str, str]] = []
    for name, target, payload in planned:
        try:
            written.append((name, target, _write_temporary(Path(target), payload)))
        except OSError as exc:
            for _, _, temporary in written:
                Path(temporary).unlink(missing_ok=True)
            raise _failed(name, exc) from None
    for index, (name, target, temporary) in enumerate(written):
        try:
            os.replace(temporary, target)
        except OSError as exc:
            for _, _, left in written[index:]:
                Path(left).unlink(missing_ok=True)
            raise _failed(name, exc) from None
    for directory in sorted({os.path.dirname(target) or "." for _, target, _ in written}):
        _sync_folder(Path(directory))
    return [Path(name) for name, _, _ in planned]


def leads_out_of(path: PathLike, folder: PathLike) -> bool:
    """Whether ``path``, its links followed, lies outside ``folder`` (its links followed too).

    Examples
    --------
    >>> leads_out_of("models/politica.yaml", "models"), leads_out_of("README.md", "models")
    (False, True)
    """
    base = os.path.realpath(folder)
    return os.path.commonpath([base, os.path.realpath(path)]) != base


def _refuse_outside(name: str, target: str, within: PathLike) -> None:
    """Raise :class:`~tocgraph.errors.OutputError` if ``name`` resolves to ``target``
    outside the folder ``within`` (through a link)."""
    if leads_out_of(target, within):
        raise _error(name, "output.link_outside", target=target, folder=os.fspath(within))


def refuse_inputs(path: PathLike, inputs: PathLike | Iterable[PathLike]) -> None:
    """Raise :class:`~tocgraph.errors.OutputError` if ``path`` is one of ``inputs``.

    Paths are compared after resolving ``..`` and symbolic links, and as files
    (device and inode) when both exist, so hard links count too.

    Examples
    --------
    >>> refuse_inputs("models/x.md", ["models/x.yaml"])
    >>> refuse_inputs("models/../models/x.yaml", ["models/x.yaml"])
    Traceback (most recent call last):
    ...
    tocgraph.errors.OutputError: the output models/../models/x.yaml is the input models/x.yaml; \
choose another output file
    """
    _refuse(_checked_name(path), _paths(inputs))


def _refuse(name: str, sources: list[PathLike]) -> None:
    """:func:`refuse_inputs` for a checked name and inputs already made a list."""
    try:
        resolved = os.path.realpath(name)
    except (OSError, ValueError):
        return  # an unreadable name cannot be an input that was read
    for source in sources:
        source_name = os.fspath(source)
        if not source_name or source_name == "-":
            continue
        if _same(resolved, name, source_name):
            raise _error(name, "output.is_input", source=source_name)


def write_atomic(path: PathLike, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename.

    If anything fails, an existing file at ``path`` is left as it was and no
    temporary file remains. An existing file keeps its permissions. Raises
    :class:`OSError`; :func:`write_output` is the checked, user-facing form.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> write_atomic(target, "hallo\\n").read_text(encoding="utf-8")
    'hallo\\n'
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    directory = target.parent if str(target.parent) else Path(".")
    temporary = _write_temporary(target, payload)
    try:
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(directory)
    return target


def _write_temporary(target: Path, payload: bytes) -> str:
    """``payload`` in a new temporary file next to ``target``, on disk, with its mode.

    Returns the temporary file's name; on any failure it is removed and the
    error raised.
    """
    directory = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        _copy_mode(target, temporary)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _paths(inputs: object) -> list[PathLike]:
    """``inputs`` as a list of paths: one path (``"toc.yaml"`` is one, not eight letters) or many.

    Raises
    ------
    TypeError
        When ``inputs`` is neither a path nor an iterable of paths.
    """
    if isinstance(inputs, str | os.PathLike):
        return [inputs]
    if not isinstance(inputs, Iterable):
        raise TypeError(f"inputs must be a path or paths, not {type(inputs).__name__}")
    sources = list(inputs)
    for source in sources:
        if not isinstance(source, str | os.PathLike):
            kind = type(source).__name__
            raise TypeError(f"inputs must hold paths (str or os.PathLike), not {kind}")
    return sources


def _write_stdout(payload: bytes) -> None:
    """Write the encoded output to standard output, flushed."""
    sys.stdout.flush()
    sys.stdout.buffer.write(payload)
    sys.stdout.buffer.flush()


def _checked_name(path: PathLike) -> str:
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    name = os.fspath(path)
    if not isinstance(name, str):
        raise TypeError("path must be a text path, not bytes")
    if not name:
        raise _error(name, "output.empty")
    if "\0" in name:
        raise _error(name, "output.nul")
    try:
        os.fsencode(name)
    except UnicodeError:
        raise _error(name, "output.bad_name") from None
    if name.endswith(("/", os.sep)) or os.path.isdir(name):
        raise _error(name, "output.folder")
    return name


def _same(resolved: str, name: str, source: str) -> bool:
    try:
        if os.path.realpath(source) == resolved:
            return True
        return os.path.exists(name) and os.path.samefile(name, source)
    except (OSError, ValueError):
        return False


def _is_special(name: str) -> bool:
    """A device, pipe or socket, or a kernel path: written directly, not renamed over."""
    absolute = os.path.abspath(name)
    if absolute.startswith(_KERNEL_FOLDERS) and not absolute.startswith("/dev/shm/"):
        return True
    try:
        mode = os.stat(name).st_mode
    except FileNotFoundError:
        return False
    return not stat.S_ISREG(mode)


def _write_directly(name: str, payload: bytes) -> None:
    handle = os.open(name, os.O_WRONLY)
    try:
        view = memoryview(payload)
        while view:
            written = os.write(handle, view)
            view = view[written:]
    finally:
        os.close(handle)


def _copy_mode(target: Path, temporary: str) -> None:
    try:
        current = target.stat()
    except FileNotFoundError:
        os.chmod(temporary, 0o644)
        return
    os.chmod(temporary, stat.S_IMODE(current.st_mode))
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        with contextlib.suppress(OSError):  # keep the owner of a file root rewrites
            os.chown(temporary, current.st_uid, current.st_gid)


def _sync_folder(directory: Path) -> None:
    """Make the rename itself durable (where folders can be opened)."""
    with contextlib.suppress(OSError):
        handle = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _error(name: str, key: str, **args: PhraseArg) -> OutputError:
    """An :class:`~tocgraph.errors.OutputError` about ``name``, worded by the catalogue."""
    from tocgraph.i18n import render

    said = phrase(key, name=name, **args)
    return OutputError(render(said), name, (said,))


def _failed(name: str, exc: OSError) -> OutputError:
    return _error(name, "output.cannot_write", reason=os_reason(exc, name))


def _payload(data: object) -> bytes:
    """The bytes to write: text as UTF-8; anything but text or bytes is a ``TypeError``."""
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    raise TypeError(f"data must be str or bytes, not {type(data).__name__}")


def os_reason(exc: OSError, name: str = "") -> Phrase:
    """Why the system refused: the missing folder of ``name``, or the system's own words.

    The commonest errors (a full disk, no permission, a read-only file system,
    ...) are worded by the catalogues, in English as Linux says them; others
    keep the system's own words.

    Examples
    --------
    >>> from tocgraph.i18n import render
    >>> full = os_reason(OSError(28, "No space left on device"))
    >>> render(full, "en"), render(full, "nl")
    ('No space left on device', 'geen ruimte meer op het apparaat')
    """
    parent = os.path.dirname(os.path.abspath(name)) if name else ""
    if isinstance(exc, FileNotFoundError) and name and not os.path.isdir(parent):
        return phrase("output.no_folder", folder=parent)
    code = errno.errorcode.get(exc.errno or 0, "")
    if code in OS_ERRORS:
        return phrase(f"os.{code}")
    return phrase("os.other", text=exc.strerror or str(exc))


OS_ERRORS = frozenset(
    {"ENOSPC", "EACCES", "EPERM", "EROFS", "ENAMETOOLONG", "ENOTDIR", "EISDIR", "EIO", "EDQUOT"}
    | {"ELOOP", "EBUSY", "ETXTBSY"}
)
"""The system errors worded in Dutch (key ``os.<name>`` in the catalogues)."""
