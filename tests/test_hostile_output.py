"""Output files and concurrent use: modes kept, special files and symlinks handled, nothing half
written or left behind on SIGTERM, one line per failed write; fresh archives opened at once."""

from __future__ import annotations

import multiprocessing
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsmine.store import open_store
from newsmine.store.schema import MIGRATIONS

from .archive_fixtures import archive_url

ARTICLE = "# 渡口重开\n\n镇政府周五宣布，停运半年的老渡口下周一重新开放，船票维持两元。\n"


def newsmine(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsmine", *args], capture_output=True, text=True, timeout=120,
                          **kwargs)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "ferry.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_new_file_gets_the_umask_mode_and_a_replaced_file_keeps_its_own(tmp_path, article):
    old = os.umask(0o027)
    try:
        out = newsmine("convert", str(article), "-o", str(tmp_path / "new.md"))
    finally:
        os.umask(old)
    assert out.returncode == 0, out.stderr
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o640
    kept = tmp_path / "kept.md"
    kept.write_text("old")
    kept.chmod(0o604)
    assert newsmine("convert", str(article), "-o", str(kept)).returncode == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604 and "渡口" in kept.read_text()


def test_symlinks_are_refused_and_character_devices_written_through(tmp_path, article):
    target = tmp_path / "real.md"
    target.write_text("keep me")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    out = newsmine("convert", str(article), "-o", str(link))
    assert out.returncode == 2 and "is a symbolic link" in out.stderr
    assert link.is_symlink() and target.read_text() == "keep me"
    dangling = tmp_path / "dangling.md"
    dangling.symlink_to(tmp_path / "nowhere")
    assert newsmine("convert", str(article), "-o", str(dangling)).returncode == 2 and dangling.is_symlink()
    out = newsmine("convert", str(article), "-o", "/dev/null")
    assert out.returncode == 0 and os.path.exists("/dev/null") and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    out = newsmine("convert", str(article), "-o", "/dev/stdout")
    assert out.returncode == 0 and "渡口重开" in out.stdout


def test_a_full_disk_is_one_line_and_leaves_no_temporary_file(tmp_path, article):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    out = newsmine("convert", str(article), "-o", "/dev/full")
    assert out.returncode == 1
    assert out.stderr.strip() == "newsmine: /dev/full: not written (No space left on device)"


def test_an_unwritable_folder_is_one_line(tmp_path, article):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root writes into read-only folders, but not into sysfs
        folder = Path("/sys")
        if not folder.is_dir() or _creates_files(folder):
            pytest.skip("no folder here that root cannot write into")
    out = newsmine("convert", str(article), "-o", str(folder / "x.md"))
    assert out.returncode == 1 and out.stderr.startswith(f"newsmine: {folder / 'x.md'}: not written")


def _creates_files(folder: Path) -> bool:
    """True when a new file can be made in FOLDER (the test then has no unwritable folder to use)."""
    try:
        (folder / ".newsmine-probe").touch()
    except OSError:
        return False
    (folder / ".newsmine-probe").unlink()
    return True


def test_sigterm_removes_the_temporary_file_and_leaves_the_target_as_it_was(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("previous run")
    proc = subprocess.Popen([sys.executable, "-m", "newsmine", "analyze", "-", "-o", str(target)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.json.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)  # wait until the output is open (it waits for standard input)
    assert list(tmp_path.glob(".out.json.*.tmp"))
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert not list(tmp_path.glob(".*.tmp")) and target.read_text() == "previous run"


def _open_and_count(args: tuple[str, multiprocessing.synchronize.Barrier]) -> str:
    url, barrier = args
    try:
        barrier.wait()
        with open_store(url) as store:
            return str(store.scalar("SELECT COUNT(*) AS n FROM schema_migrations"))
    except Exception as exc:  # the result says what went wrong
        return f"{type(exc).__name__}: {exc}"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_processes_opening_one_fresh_archive_at_once_all_succeed(backend, tmp_path):
    ctx = multiprocessing.get_context("fork")
    outcomes = []
    for attempt in range(20):
        folder = tmp_path / str(attempt)
        folder.mkdir()
        for url in archive_url(backend, folder):
            with ctx.Manager() as manager:
                barrier = manager.Barrier(4)
                with ctx.Pool(4) as pool:
                    outcomes += pool.map(_open_and_count, [(url, barrier)] * 4)
    assert outcomes == [str(len(MIGRATIONS))] * 80
