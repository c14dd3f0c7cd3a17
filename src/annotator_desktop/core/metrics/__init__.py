"""Agreement metrics (Qt-free, pure Python): box F1, Krippendorff's alpha, edit distance.

Used by the QA statistics view and by the reference server's project stats.
"""

from annotator_desktop.core.metrics.alpha import (
    ALPHA_LEVELS,
    krippendorff_alpha,
    preference_alpha,
)
from annotator_desktop.core.metrics.boxes import (
    box_f1,
    iou,
    match_boxes,
    mean_pairwise_box_f1,
)
from annotator_desktop.core.metrics.edit import (
    levenshtein,
    mean_pairwise_edit_distance,
    normalized_edit_distance,
    token_edit_distance,
    word_edit_distance,
)
from annotator_desktop.core.metrics.project import kind_agreement

__all__ = [
    "ALPHA_LEVELS",
    "box_f1",
    "iou",
    "kind_agreement",
    "krippendorff_alpha",
    "levenshtein",
    "match_boxes",
    "mean_pairwise_box_f1",
    "mean_pairwise_edit_distance",
    "normalized_edit_distance",
    "preference_alpha",
    "token_edit_distance",
    "word_edit_distance",
]
