"""`agent-assist search`: the query language from the command line, its errors, saved searches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent_assist.core.models import Channel
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.saved_searches import SavedSearchRepo
from tests.unit.cli.conftest import Run, assert_clean_error


@pytest.fixture
def shop(cli: Run, tmp_path: Path) -> str:
    profile = str(tmp_path / "shop")
    made = cli("demo", "--profile", profile)
    assert made.returncode == 0, made.stderr
    return profile


def hits_of(cli: Run, profile: str, *args: str) -> list[dict[str, object]]:
    result = cli("search", "--profile", profile, *args, "--json")
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout))


def channels_of(profile: str, ids: set[int]) -> set[Channel]:
    opened = Profile.open_existing(profile)
    try:
        found = Repos.of(opened.pool.get()).conversations.get_many(list(ids))
        return {c.channel for c in found.values()}
    finally:
        opened.close()


def test_filters_narrow_the_same_words(cli: Run, shop: str) -> None:
    everything = hits_of(cli, shop, "commande OR order OR طلب")
    by_mail = hits_of(cli, shop, "commande OR order OR طلب channel:email")
    assert by_mail and len(by_mail) < len(everything)
    ids = {int(str(h["conversation_id"])) for h in by_mail}
    assert channels_of(shop, ids) == {Channel.EMAIL}
    assert all("[" in str(h["snippet"]) for h in by_mail if h["kind"] == "message")


def test_filters_alone_and_a_limit(cli: Run, shop: str) -> None:
    hits = hits_of(cli, shop, "status:closed", "--limit", "3")
    assert len(hits) == 3 and all(h["message_id"] for h in hits)
    text = cli("search", "--profile", shop, "status:closed", "--limit", "2")
    assert text.returncode == 0 and len(text.stdout.splitlines()) == 2


def test_arabic_without_tashkeel_and_alef_variants(cli: Run, shop: str) -> None:
    with_hamza = hits_of(cli, shop, "أين")
    without = hits_of(cli, shop, "اين")
    assert with_hamza and {h["message_id"] for h in with_hamza} == {
        h["message_id"] for h in without}


@pytest.mark.parametrize(("query", "needle"), [
    ("refund colour:red", "colour:"),
    ("refund after:2026-02-30", "2026-02-30"),
    ("refund channel:fax", "fax"),
    ("refund agent:Nobody", "Nobody"),
    ("from:lea@example.com", "contact:lea@example.com"),
])
def test_a_query_that_cannot_run_is_one_sentence(cli: Run, shop: str, query: str,
                                                 needle: str) -> None:
    assert_clean_error(cli("search", "--profile", shop, query), needle)


def test_bad_arguments_are_one_sentence(cli: Run, shop: str) -> None:
    assert_clean_error(cli("search", "--profile", shop, "refund", "--limit", "0"), "--limit")
    assert_clean_error(cli("search", "--profile", shop), "Give a search")
    assert_clean_error(cli("search", "--profile", shop, "   "), "Give a search")


def test_saved_searches_are_listed_with_their_counts(cli: Run, shop: str) -> None:
    opened = Profile.open_existing(shop)
    try:
        repo = SavedSearchRepo(opened.pool.get())
        repo.add("Closed", "status:closed")
        repo.add("Gone agent", "refund agent:Someone")
    finally:
        opened.close()
    listed = json.loads(cli("search", "--profile", shop, "--saved", "--json").stdout)
    closed = hits_of(cli, shop, "status:closed", "--limit", "1000")
    assert [row["name"] for row in listed] == ["Closed", "Gone agent"]
    assert listed[0]["conversations"] == len({h["conversation_id"] for h in closed}) > 0
    assert listed[1]["conversations"] is None and "Someone" in listed[1]["error"]
    plain = cli("search", "--profile", shop, "--saved")
    assert plain.returncode == 0 and plain.stdout.startswith("Closed  (")
