"""Collect every notebook in `nbs/` as one pytest item, executed by nbdev's own `test_nb`.

`#| eval: false`, `#| slow`, `#| gpu` and the other flags in `[tool.nbdev] tst_flags` behave exactly as in
`nbdev-test`: flagged cells are skipped unless forced with `--nb-flags "slow gpu"`.
"""
import io, os, sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("MPLBACKEND", "Agg")


def pytest_addoption(parser):
    parser.addoption("--nb-flags", default="", help="space-separated nbdev test flags whose cells run too, e.g. 'slow gpu'")


def _skipped_by_name(path: Path, nbs: Path) -> bool:
    "Names starting with `_` or `.` and folders holding a `.notest` file are not tests (nbdev's rule)."
    rel = path.relative_to(nbs)
    if any(part.startswith(("_", ".")) for part in rel.parts): return True
    return any((nbs / Path(*rel.parts[:i]) / ".notest").exists() for i in range(len(rel.parts)))


def pytest_collect_file(parent, file_path):
    from nbdev.config import get_config
    nbs = Path(get_config().nbs_path).resolve()
    path = Path(file_path).resolve()
    if path.suffix == ".ipynb" and nbs in path.parents and not _skipped_by_name(path, nbs):
        return NotebookFile.from_parent(parent, path=file_path)


class NotebookFile(pytest.File):
    def collect(self): yield NotebookItem.from_parent(self, name=self.path.stem)


class NotebookFailure(Exception): pass


class NotebookItem(pytest.Item):
    def runtest(self):
        from nbdev.config import get_config
        from nbdev.test import test_nb
        cfg = get_config()
        force = self.config.getoption("--nb-flags").split()
        skip = [f for f in cfg.tst_flags.split() if f not in force]
        err, saved = io.StringIO(), sys.__stderr__
        sys.__stderr__ = err  # test_nb writes the failing cell's traceback there
        try: ok, secs = test_nb(self.path, skip_flags=skip, force_flags=force, basepath=cfg.config_path)
        finally: sys.__stderr__ = saved
        if not ok: raise NotebookFailure(err.getvalue() or f"{self.path.name} failed")

    def repr_failure(self, excinfo):
        return str(excinfo.value) if isinstance(excinfo.value, NotebookFailure) else super().repr_failure(excinfo)

    def reportinfo(self): return self.path, 0, f"notebook {self.path.name}"
