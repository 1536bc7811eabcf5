"""The development set's scorer (bench/extract_quality.py): how a gold story's end is read."""
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("extract_quality", ROOT / "bench" / "extract_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_quality"] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def test_a_credit_over_two_lines_may_end_the_story_with_either_line_or_the_sentence_before(scorer):
    gold = {"body": "连日来,施集镇加快推进水库塘坝清淤项目工程进度。清淤、扩挖、疏浚及培埂加固,保障下游农田灌溉。\n陈 勇\n董 超摄"}  # r42b042
    first, lasts, _ = scorer.body_bounds(gold)
    assert first == "连日来,施集镇加快推进水库塘坝清淤项目工程进度。"
    assert lasts == ("董超摄", "陈勇", "清淤、扩挖、疏浚及培埂加固,保障下游农田灌溉。")


def test_a_story_whose_last_line_is_no_credit_ends_with_it(scorer):
    _, lasts, _ = scorer.body_bounds({"body": "第一句话在这里。\n预祝大会圆满成功！"})
    assert lasts == ("预祝大会圆满成功!",)


@pytest.mark.parametrize("credit", ["(作者:张汇丰)", "撰稿:朱先伟"])  # r52e004, r52d001: an author's credit is one too
def test_an_author_s_credit_closing_the_story_may_end_it_or_not(scorer, credit):
    _, lasts, _ = scorer.body_bounds({"body": f"第一句话在这里。\n确保把洪涝灾害损失降到最低。\n{credit}"})
    assert lasts[-1] == "确保把洪涝灾害损失降到最低。"
