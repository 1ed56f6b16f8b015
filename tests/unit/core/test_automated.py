"""Tests for automated-mail detection (bounces, auto-replies, lists, no-reply senders)."""

from __future__ import annotations

import pytest

from agent_assist.core.automated import automated_reason, is_automated


@pytest.mark.parametrize(
    ("headers", "sender", "content_type", "reason"),
    [
        ({"auto-submitted": "auto-replied"}, "a@x.org", "", "auto-submitted: auto-replied"),
        (
            {"auto-submitted": "Auto-Generated (daily)"},
            "a@x.org",
            "",
            "auto-submitted: auto-generated",
        ),
        (
            {"auto-submitted": "auto-notified; owner-email=a@x.org"},
            "",
            "",
            "auto-submitted: auto-notified",
        ),
        (
            {},
            "a@x.org",
            "multipart/report; report-type=delivery-status; boundary=x",
            "bounce (delivery status report)",
        ),
        (
            {},
            "a@x.org",
            'multipart/report; report-type="disposition-notification"',
            "read receipt (disposition notification report)",
        ),
        ({}, "a@x.org", "multipart/report", "bounce (delivery status report)"),
        (
            {"content-type": "multipart/report; report-type=delivery-status"},
            "a@x.org",
            "",
            "bounce (delivery status report)",
        ),
        ({}, "MAILER-DAEMON@mx.example.com", "", "bounce (sender mailer-daemon)"),
        ({}, "postmaster@example.com", "", "bounce (sender postmaster)"),
        ({"return-path": "<>"}, "a@x.org", "", "empty return-path (automatic response)"),
        ({"return-path": "< >"}, "a@x.org", "", "empty return-path (automatic response)"),
        ({"list-id": "Shop news <news.example.org>"}, "a@x.org", "", "mailing list (list-id)"),
        ({"list-unsubscribe": "<mailto:u@x.org>"}, "a@x.org", "", "bulk mail (list-unsubscribe)"),
        ({"precedence": "bulk"}, "a@x.org", "", "precedence: bulk"),
        ({"precedence": "List"}, "a@x.org", "", "precedence: list"),
        ({"precedence": "junk"}, "a@x.org", "", "precedence: junk"),
        ({"x-autoreply": "yes"}, "a@x.org", "", "auto-reply (x-autoreply)"),
        ({"x-autorespond": "Out of office"}, "a@x.org", "", "auto-reply (x-autorespond)"),
        ({}, "noreply@shop.example", "", "no-reply sender"),
        ({}, "no-reply@shop.example", "", "no-reply sender"),
        ({}, "do_not_reply@shop.example", "", "no-reply sender"),
        ({}, "DoNotReply@shop.example", "", "no-reply sender"),
        ({}, "orders-noreply@shop.example", "", "no-reply sender"),
    ],
)
def test_automated(headers: dict[str, str], sender: str, content_type: str, reason: str) -> None:
    assert automated_reason(headers, sender, content_type) == reason
    assert is_automated(headers, sender, content_type)


@pytest.mark.parametrize(
    ("headers", "sender"),
    [
        ({}, "client@example.org"),
        ({"auto-submitted": "no"}, "client@example.org"),
        ({"auto-submitted": "No (a person wrote this)"}, "client@example.org"),
        ({"precedence": "first-class"}, "client@example.org"),
        ({"x-autoreply": "no"}, "client@example.org"),
        ({"return-path": "<client@example.org>"}, "client@example.org"),
        ({"return-path": ""}, "client@example.org"),
        ({}, "noreplyjoe@example.org"),  # a person whose name merely starts like that
        ({}, "reply@example.org"),
        ({}, ""),
    ],
)
def test_human(headers: dict[str, str], sender: str) -> None:
    assert automated_reason(headers, sender, "text/plain; charset=utf-8") == ""


def test_most_specific_reason_wins() -> None:
    headers = {"auto-submitted": "auto-replied", "precedence": "bulk", "list-id": "<l.x.org>"}
    assert automated_reason(headers, "mailer-daemon@x.org") == "bounce (sender mailer-daemon)"
    assert automated_reason(headers, "a@x.org") == "auto-submitted: auto-replied"
