"""The per-kind task payloads and results in the OpenAPI document.

Task payloads and submission results travel as free JSON objects (``Task.payload``,
``SubmissionIn.result``); their shapes by kind are listed here as component schemas, so the
document shows them, e.g. a compare payload's ``prompt`` and ``messages`` and a result's
``preference``, ``ranking`` and ``ratings``.
"""

from __future__ import annotations

from typing import Any

from annotator_desktop.protocol import PAYLOAD_MODELS, RESULT_MODELS

REF = "#/components/schemas/{model}"


def add_kind_schemas(components: dict[str, Any]) -> None:
    """Adds each kind's payload and result model (and the models they use) to ``components``."""
    for model in [*PAYLOAD_MODELS.values(), *RESULT_MODELS.values()]:
        schema = model.model_json_schema(ref_template=REF)
        for name, sub in schema.pop("$defs", {}).items():
            components.setdefault(name, sub)
        components.setdefault(model.__name__, schema)
