"""Saved searches: kept in the profile, in the order saved, names unique whatever their case."""

from __future__ import annotations

import pytest

from agent_assist.storage.profile import Profile
from agent_assist.storage.saved_searches import SavedSearchError, SavedSearchRepo


def test_add_rename_delete_and_they_survive_reopening(profile: Profile) -> None:
    repo = SavedSearchRepo(profile.pool.get())
    late = repo.add("  Late   parcels ", "colis  retard  after:7d")
    vip = repo.add("VIP", "tag:vip status:open")
    assert (late.name, late.query) == ("Late parcels", "colis retard after:7d")
    repo.rename(vip.id, "Clients VIP")
    assert repo.delete(late.id) and not repo.delete(late.id)
    profile.close()
    reopened = Profile.open_existing(profile.root)
    try:
        assert [(s.name, s.query) for s in SavedSearchRepo(reopened.pool.get()).list()] == [
            ("Clients VIP", "tag:vip status:open")]
    finally:
        reopened.close()


def test_the_list_keeps_the_order_they_were_saved_in(profile: Profile) -> None:
    repo = SavedSearchRepo(profile.pool.get())
    for name in ("b", "a", "c"):
        repo.add(name, name)
    assert [s.name for s in repo.list()] == ["b", "a", "c"]


@pytest.mark.parametrize(("name", "query", "code"), [
    ("", "refund", "empty_name"),
    ("   ", "refund", "empty_name"),
    ("x" * 81, "refund", "long_name"),
    ("Refunds", "   ", "empty_query"),
])
def test_what_cannot_be_saved_says_why(profile: Profile, name: str, query: str,
                                       code: str) -> None:
    repo = SavedSearchRepo(profile.pool.get())
    with pytest.raises(SavedSearchError) as raised:
        repo.add(name, query)
    assert raised.value.code == code and str(raised.value).endswith(".")
    assert repo.list() == []  # nothing half-saved


def test_a_name_is_taken_whatever_its_case(profile: Profile) -> None:
    repo = SavedSearchRepo(profile.pool.get())
    first = repo.add("Refunds", "refund")
    other = repo.add("Parcels", "colis")
    with pytest.raises(SavedSearchError) as raised:
        repo.add("refunds", "remboursement")
    assert raised.value.code == "taken" and "refunds" in str(raised.value)
    with pytest.raises(SavedSearchError):
        repo.rename(other.id, "REFUNDS")
    with pytest.raises(SavedSearchError) as missing:
        repo.rename(999, "Anything")
    assert missing.value.code == "missing"
    assert [s.name for s in repo.list()] == [first.name, other.name]
