"""Label configs: which kind a Label Studio project is, or why this client cannot work on it."""

from __future__ import annotations

import pytest
from ls_admin import BBOX_CONFIG, POLYGON_CONFIG, REWRITE_CONFIG, compare_config

from annotator_desktop.core.labelstudio.configs import classify
from annotator_desktop.protocol import ProjectConfig

# Label Studio's own templates (labeling interface gallery), as shipped with 1.23.
KEYPOINTS = """<View>
  <KeyPointLabels name="kp-1" toName="img-1">
    <Label value="Face" background="red"/>
  </KeyPointLabels>
  <Image name="img-1" value="$img"/>
</View>"""
IMAGE_CLASSIFICATION = """<View>
  <Image name="image" value="$image"/>
  <Choices name="choice" toName="image">
    <Choice value="Adult content"/>
    <Choice value="Weapons"/>
  </Choices>
</View>"""
AUDIO = """<View>
  <Audio name="audio" value="$audio"/>
  <TextArea name="transcription" toName="audio" rows="4" editable="true"/>
</View>"""
BOXES_AND_CHOICES = """<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="label" toName="image"><Label value="Car"/></RectangleLabels>
  <Choices name="quality" toName="image"><Choice value="Good"/><Choice value="Bad"/></Choices>
</View>"""
SUMMARY = """<View>
  <Header value="Please read the text"/>
  <Text name="text" value="$text"/>
  <TextArea name="answer" toName="text" rows="4"/>
</View>"""
LABEL_STUDIO_PAIRWISE = """<View>
  <Header value="Select one of two items"/>
  <Pairwise name="pw" toName="text1,text2" />
  <Text name="text1" value="$text1" />
  <Text name="text2" value="$text2" />
</View>"""


def test_rectangle_labels_over_an_image_is_bbox_with_colours_and_hotkeys() -> None:
    schema = classify(BBOX_CONFIG, overlap=2)
    assert schema.kind == "bbox" and schema.reason == ""
    config = ProjectConfig.model_validate(schema.config)
    assert [(lab.name, lab.color, lab.hotkey) for lab in config.labels] == [
        ("cat", "#ff0000", "c"),
        ("dog", "blue", None),
    ]
    assert config.overlap == 2
    assert schema.tags == {"from_name": "label", "to_name": "image", "image_key": "image"}


def test_a_textarea_over_the_draft_is_rewrite() -> None:
    schema = classify(REWRITE_CONFIG, instructions_md="Keep it short.")
    assert schema.kind == "rewrite"
    assert schema.config["guidelines_md"] == "Keep it short."
    assert schema.tags["prompt_key"] == "prompt" and schema.tags["draft_key"] == "draft"


def test_the_shipped_compare_template_is_compare() -> None:
    schema = classify(compare_config())
    assert schema.kind == "compare", schema.reason
    config = ProjectConfig.model_validate(schema.config)
    assert [(c.key, c.label, c.min, c.max) for c in config.criteria] == [
        ("helpfulness", "Helpfulness", 1, 5),
        ("correctness", "Correctness", 1, 5),
    ]
    assert schema.tags["scale"] == {str(n): str(n) for n in range(-3, 4)}
    assert schema.tags["to_names"] == ["response_a", "response_b"]
    assert schema.tags["rationale"] == "rationale" and schema.tags["prompt_key"] == "prompt"


@pytest.mark.parametrize(
    ("config", "reason"),
    [
        (POLYGON_CONFIG, "uses <PolygonLabels>, which this client does not draw"),
        (KEYPOINTS, "uses <KeyPointLabels>, which this client does not draw"),
        (IMAGE_CLASSIFICATION, "uses <Choices>, which this client does not support"),
        (AUDIO, "shows <Audio> data, which this client does not display"),
        (
            BOXES_AND_CHOICES,
            "uses <Choices> beside <RectangleLabels>, which this client does not support",
        ),
        (SUMMARY, 'its <TextArea> is not over a <Text value="$draft">'),
        (
            LABEL_STUDIO_PAIRWISE,
            "its <Choices> is not the seven-point scale of the compare template (-3 … 3)",
        ),
        ("<View><Header value='hi'/></View>", "its label config asks for nothing"),
        ("<View><Image", "its label config is not well-formed XML"),
        (
            '<!DOCTYPE x [<!ENTITY a "b">]><View/>',
            "its label config declares a DOCTYPE or entities",
        ),
    ],
)
def test_unsupported_configs_say_why_in_one_sentence(config: str, reason: str) -> None:
    schema = classify(config)
    assert schema.kind == "" and not schema.supported
    assert schema.reason.startswith(reason)
    assert "\n" not in schema.reason


def test_a_scale_without_aliases_is_read_in_order() -> None:
    choices = "".join(f'<Choice value="option {i}"/>' for i in range(7))
    config = compare_config().split("<Choices")[0] + (
        f'<Choices name="preference" toName="prompt">{choices}</Choices></View>'
    )
    schema = classify(config)
    assert schema.kind == "compare"
    assert schema.tags["scale"]["-3"] == "option 0" and schema.tags["scale"]["3"] == "option 6"
