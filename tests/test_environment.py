"""environment.yml (for conda users) names the same packages with compatible versions as pyproject.toml.

Conda cannot be installed on these machines, so this is a static check.
"""

from __future__ import annotations

import tomllib

import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from conftest import ROOT

# conda-forge names that differ from the PyPI names
CONDA_TO_PYPI = {"python-kaleido": "kaleido"}
# conda packages that stand for an extra of a PyPI requirement
EXTRAS = {"dask[distributed]": {"dask", "distributed"}}


def _pyproject():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    reqs = [Requirement(s) for s in data["project"]["dependencies"]]
    reqs += [Requirement(s) for s in data["dependency-groups"]["dev"]]
    return data, reqs


def _conda():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    conda = {}
    for dep in deps:
        if isinstance(dep, str):
            req = Requirement(dep.replace("=3.11", "==3.11") if dep.startswith("python=") else dep)
            conda[CONDA_TO_PYPI.get(req.name, req.name)] = req.specifier
    return env, deps, conda


def test_environment_shape():
    env, deps, conda = _conda()
    assert env["channels"] == ["conda-forge"]
    assert conda["python"] == SpecifierSet("==3.11")
    assert deps[-1] == {"pip": ["-e ."]}


def test_same_packages_and_versions():
    data, reqs = _pyproject()
    _, _, conda = _conda()
    expected = set()
    for req in reqs:
        key = req.name + (f"[{','.join(sorted(req.extras))}]" if req.extras else "")
        names = EXTRAS.get(key, {req.name})
        for name in names:
            expected.add(name)
            assert name in conda, f"environment.yml lacks {name} (pyproject: {req})"
            assert conda[name] == req.specifier, f"{name}: environment.yml {conda[name]} vs pyproject {req.specifier}"
    extra = set(conda) - expected - {"python", "pip", "nodejs"}
    assert not extra, f"environment.yml has packages pyproject.toml does not: {sorted(extra)}"
    assert data["project"]["requires-python"].startswith(">=3.11")
