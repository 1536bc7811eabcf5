"""The seed pages are the user's own captures: kept byte for byte under their own names."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, SEED_DIR

SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_seed_pages_are_byte_for_byte_the_shared_ones():
    shared = sorted(SHARED_SEEDS.glob("*.txt"))
    assert shared
    for original in shared:
        copy = SEED_DIR / original.name
        assert copy.exists(), f"{original.name} missing from seeds/pages"
        assert copy.read_bytes() == original.read_bytes(), f"{original.name} differs from ../shared/seeds"


def test_every_page_has_its_expected_fields():
    pages = {p.stem for p in SEED_DIR.glob("*.txt")}
    expected = {Path(p.stem).stem for p in SEED_DIR.glob("*.expected.json")}
    assert pages and pages == expected
