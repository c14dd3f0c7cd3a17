"""Demo project of issue 21's compare tasks: a multi-turn conversation, a four-response ranking
with per-response ratings, and answers with code (both demo annotators get all three)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from annotator_desktop.server import leases
from annotator_desktop.server.feed import Pending
from annotator_desktop.server.models import ProjectRow, TaskRow, UserRow

CHAT_PROJECT_ID = "demo-chat"
CHAT_PROJECT_NAME = "Conversations, rankings and code"
CHAT_INSTRUCTIONS = (
    "# Conversations, rankings and code\n\nRead the whole conversation before judging the "
    "replies. With two replies, choose a side on the scale; with more, rank them best first "
    "(keys 1–9, ties allowed). Rate each reply on its own where asked, and check that code "
    "would actually run."
)
CHAT_CRITERIA = [
    {"key": "helpful", "label": "Helpfulness", "min": 1, "max": 5},
    {"key": "correct", "label": "Correctness", "min": 1, "max": 5},
]
PER_RESPONSE_CRITERIA = [
    {"key": "helpful", "label": "Helpfulness", "min": 1, "max": 5, "per_response": True},
    {"key": "correct", "label": "Correctness", "min": 1, "max": 5, "per_response": True},
    {"key": "overall", "label": "Overall quality of the best reply", "min": 1, "max": 5},
]

CONVERSATION = [
    {"role": "system", "content": "You are a friendly travel assistant. Answer briefly."},
    {"role": "user", "content": "I have three days in Lisbon in March. Is that enough?"},
    {
        "role": "assistant",
        "content": "Three days is enough for the highlights: **Alfama**, **Belém** and a day "
        "trip to **Sintra**. March is mild, but bring a rain jacket.",
    },
    {"role": "user", "content": "What should I do on the first day?"},
    {
        "role": "assistant",
        "content": "Start in Alfama:\n\n1. Walk up to the Miradouro de Santa Luzia.\n"
        "2. Visit the castle (São Jorge) before the crowds.\n3. Have lunch near the Sé.",
    },
    {"role": "user", "content": "And how do I get to Sintra?"},
    {
        "role": "assistant",
        "content": "Take the train from Rossio station; it takes about 40 minutes and runs "
        "every 20–30 minutes.",
    },
    {"role": "user", "content": "My friend only reads Arabic; can you say that for her too?"},
    {
        "role": "assistant",
        "content": "خذي القطار من محطة روسيو؛ تستغرق الرحلة نحو أربعين دقيقة.",
    },
    {
        "role": "user",
        "content": "Great. We land at 22:00 on the last evening before flying home the next "
        "morning — which day should we keep for Sintra, given that?",
    },
]

CODE_PROMPT = (
    "Write a Python function that returns the `n` most common words of a text, "
    "ignoring case. Show an example."
)
CODE_GOOD = (
    "Use `collections.Counter`:\n\n```python\nfrom collections import Counter\nimport re\n\n"
    "def most_common_words(text: str, n: int) -> list[tuple[str, int]]:\n"
    '    words = re.findall(r"\\w+", text.lower())\n'
    "    return Counter(words).most_common(n)\n```\n\nExample:\n\n```python\n"
    ">>> most_common_words(\"The cat and the hat\", 1)\n[('the', 2)]\n```"
)
CODE_BUGGY = (
    "Here is a version without imports:\n\n```python\ndef most_common_words(text, n):\n"
    "    counts = {}\n    for word in text.split():\n"
    "        counts[word] = counts.get(word, 0) + 1\n"
    "    return sorted(counts, key=counts.get)[:n]\n```\n\n"
    "It counts each word and returns the top `n`."
)

RANKING_PROMPT = "Explain in two or three sentences why the sky is blue."
RANKING_RESPONSES = [
    "Sunlight is scattered by the molecules of the air, and short (blue) wavelengths scatter "
    "much more than long (red) ones — Rayleigh scattering. So blue light reaches our eyes "
    "from every direction of the sky.",
    "## Why the sky is blue\n\n- Sunlight contains all colours 🌈\n- Air scatters **blue** "
    "light the most\n- So we see blue everywhere ☀️",
    "The sky reflects the colour of the oceans, which cover most of the Earth.",
    "Because of Rayleigh scattering: air molecules scatter shorter wavelengths more strongly, "
    "roughly with the fourth power of frequency. Violet scatters even more than blue, but the "
    "Sun emits less violet and our eyes are less sensitive to it, so the sky looks blue.",
]


def chat_tasks() -> list[dict[str, Any]]:
    """The three demo tasks: conversation (2 replies), ranking (4 replies), code (2 replies)."""
    return [
        {
            "id": "demo-chat-01",
            "title": "Lisbon trip: a ten-turn conversation",
            "overlap": 2,
            "payload": {
                "messages": CONVERSATION,
                "language": "en",
                "criteria": CHAT_CRITERIA,
                "min_rationale_chars": 20,
                "responses": [
                    {
                        "id": "chat1-a",
                        "text_md": "Keep **the second day** for Sintra: you land late on the "
                        "last evening, so that day is lost anyway, and Sintra needs a full day.",
                    },
                    {
                        "id": "chat1-b",
                        "text_md": "Go to Sintra on the **last day** — it is the most relaxing "
                        "way to end the trip.",
                    },
                ],
            },
        },
        {
            "id": "demo-chat-02",
            "title": "Why is the sky blue? Rank four answers",
            "overlap": 2,
            "payload": {
                "prompt": RANKING_PROMPT,
                "language": "en",
                "criteria": PER_RESPONSE_CRITERIA,
                "min_rationale_chars": 20,
                "responses": [
                    {"id": f"sky-{k}", "text_md": text}
                    for k, text in zip("abcd", RANKING_RESPONSES, strict=True)
                ],
            },
        },
        {
            "id": "demo-chat-03",
            "title": "Most common words (Python)",
            "overlap": 2,
            "payload": {
                "prompt": CODE_PROMPT,
                "language": "en",
                "criteria": CHAT_CRITERIA,
                "min_rationale_chars": 20,
                "responses": [
                    {"id": "code-a", "text_md": CODE_BUGGY},
                    {"id": "code-b", "text_md": CODE_GOOD},
                ],
            },
        },
    ]


def assign_chat(
    session: Session,
    project: ProjectRow,
    rows: list[TaskRow],
    users: dict[str, UserRow],
    lease_seconds: int,
) -> list[Pending]:
    """ana and ben both get every task of the project."""
    pending: list[Pending] = []
    for task in rows:
        for name in ("ana", "ben"):
            _, more = leases.assign(session, project, task, users[name].id, lease_seconds)
            pending += more
    return pending
