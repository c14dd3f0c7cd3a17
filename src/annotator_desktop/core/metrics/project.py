"""A project's agreement figure for its task kind, from each task's results by annotator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from annotator_desktop.core.metrics.alpha import preference_alpha
from annotator_desktop.core.metrics.boxes import mean_pairwise_box_f1
from annotator_desktop.core.metrics.edit import mean_pairwise_edit_distance

Results = Mapping[str, Mapping[str, Mapping[str, Any]]]  # task -> annotator -> result


def kind_agreement(kind: str, results: Results) -> dict[str, float | None]:
    """``box_f1`` (bbox), ``preference_alpha`` (compare) or ``edit_distance`` (rewrite).

    The server's project statistics and the client's offline statistics both use this, so
    the two always agree on what a figure means.
    """
    if kind == "bbox":
        boxes = {t: [r.get("boxes", []) for r in by.values()] for t, by in results.items()}
        return {"box_f1": mean_pairwise_box_f1(boxes)}
    if kind == "compare":
        # Preferences as stored: negative means responses[0] is better, whatever the screen order.
        prefs = {
            t: {a: int(r.get("preference", 0)) for a, r in by.items()} for t, by in results.items()
        }
        return {"preference_alpha": preference_alpha(prefs)}
    texts = {t: [str(r.get("text_md", "")) for r in by.values()] for t, by in results.items()}
    return {"edit_distance": mean_pairwise_edit_distance(texts)}
