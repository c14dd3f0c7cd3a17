"""Agreement metrics (Qt-free, pure Python): box F1, Krippendorff's alpha, edit distance; the
bias audit and the most split tasks of compare projects; preference / SFT training records.

Used by the QA statistics view and by the reference server's project stats.
"""

from annotator_desktop.core.metrics.alpha import (
    ALPHA_LEVELS,
    krippendorff_alpha,
    preference_alpha,
)
from annotator_desktop.core.metrics.bias import (
    BiasFigures,
    BiasItem,
    BiasReport,
    Share,
    bias_report,
    formatting_score,
    wilson_interval,
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
from annotator_desktop.core.metrics.pairs import JudgedPair, Judgment, judge, response_ids
from annotator_desktop.core.metrics.project import kind_agreement
from annotator_desktop.core.metrics.split import SplitEntry, split_tasks
from annotator_desktop.core.metrics.training import (
    TRAINING_FORMATS,
    ExportSummary,
    context_messages,
    preference_lines,
    sft_line,
)

__all__ = [
    "ALPHA_LEVELS",
    "TRAINING_FORMATS",
    "BiasFigures",
    "BiasItem",
    "BiasReport",
    "ExportSummary",
    "JudgedPair",
    "Judgment",
    "Share",
    "SplitEntry",
    "bias_report",
    "box_f1",
    "context_messages",
    "formatting_score",
    "iou",
    "judge",
    "kind_agreement",
    "krippendorff_alpha",
    "levenshtein",
    "match_boxes",
    "mean_pairwise_box_f1",
    "mean_pairwise_edit_distance",
    "normalized_edit_distance",
    "preference_alpha",
    "preference_lines",
    "response_ids",
    "sft_line",
    "split_tasks",
    "token_edit_distance",
    "wilson_interval",
    "word_edit_distance",
]
