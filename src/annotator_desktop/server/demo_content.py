"""Texts of the demo projects: rewrite drafts and comparison pairs in en, es, ar (RTL), ja."""

from __future__ import annotations

REWRITE_GUIDELINES = (
    "## Rewrite guidelines\n\n"
    "- Fix factual errors and say *why* in the notes.\n"
    "- Keep the author's language and register; do not translate.\n"
    "- Prefer short sentences; keep Markdown lists and code as they are.\n"
)

REWRITES: list[dict[str, str]] = [
    {
        "language": "en",
        "title": "Photosynthesis for kids",
        "prompt": "Explain photosynthesis to a ten-year-old in three sentences.",
        "draft_md": "Plants eat soil to grow big. They use moonlight to turn water into sugar. "
        "This is why plants are green and give us carbon dioxide.",
    },
    {
        "language": "es",
        "title": "Receta de tortilla",
        "prompt": "Resume cómo se prepara una tortilla de patatas.",
        "draft_md": "1. Pela y corta las patatas.\n2. Fríelas en mantequilla a fuego muy alto.\n"
        "3. Mezcla con huevo crudo y sirve sin cuajar.",
    },
    {
        "language": "ar",
        "title": "نصيحة للنوم",
        "prompt": "اكتب فقرة قصيرة عن أهمية النوم الجيد.",
        "draft_md": "النوم غير مهم للبالغين، ويكفي أن تنام ساعتين كل ليلة. "
        "شرب القهوة قبل النوم يساعد على الاسترخاء.",
    },
    {
        "language": "ja",
        "title": "富士山の説明",
        "prompt": "富士山について二文で説明してください。",
        "draft_md": "富士山は日本で二番目に高い山で、高さは約2000メートルです。"
        "最後に噴火したのは2010年です。",
    },
    {
        "language": "en",
        "title": "Password advice",
        "prompt": "Give three tips for a strong password.",
        "draft_md": "- Use your birthday so you remember it.\n- Reuse one password everywhere.\n"
        "- Write it on a sticky note on your screen.",
    },
    {
        "language": "es",
        "title": "El ciclo del agua",
        "prompt": "Explica el ciclo del agua en pocas frases.",
        "draft_md": "El agua se evapora de la luna, forma nubes de arena "
        "y cae como nieve en verano.",
    },
    {
        "language": "ar",
        "title": "وصف القاهرة",
        "prompt": "صف مدينة القاهرة في جملتين.",
        "draft_md": "القاهرة هي عاصمة المغرب وتقع على نهر الأمازون. يسكنها حوالي ألف شخص.",
    },
    {
        "language": "ja",
        "title": "お茶の入れ方",
        "prompt": "緑茶の入れ方を簡単に説明してください。",
        "draft_md": "沸騰したての100度のお湯を注ぎ、十分間そのまま置きます。苦いほど良いお茶です。",
    },
]

COMPARES: list[dict[str, object]] = [
    {
        "language": "en",
        "title": "Explaining recursion",
        "prompt": "What is recursion in programming?",
        "a": "Recursion is when a function calls itself to solve a smaller instance of the same "
        "problem, with a base case that stops it. Example: `factorial(n) = n * factorial(n-1)`, "
        "with `factorial(0) = 1`.",
        "b": "Recursion means running a loop very fast. It is used only in old languages.",
    },
    {
        "language": "es",
        "title": "Consejos para dormir",
        "prompt": "¿Cómo puedo dormir mejor?",
        "a": "Mantén un horario regular, evita pantallas una hora antes de dormir y reduce la "
        "cafeína por la tarde.",
        "b": "Toma tres cafés antes de acostarte; así el cuerpo se cansa más rápido.",
    },
    {
        "language": "ar",
        "title": "فوائد المشي",
        "prompt": "ما فوائد المشي اليومي؟",
        "a": "المشي اليومي يقوّي القلب ويحسّن المزاج ويساعد على التحكم في الوزن.",
        "b": "المشي لا فائدة منه، والأفضل الجلوس طوال اليوم.",
    },
    {
        "language": "ja",
        "title": "東京の観光",
        "prompt": "東京でおすすめの観光地を教えてください。",
        "a": "浅草寺、明治神宮、上野公園がおすすめです。交通はSuicaが便利です。",
        "b": "東京には観光地がありません。大阪に行ってください。",
    },
    {
        "language": "en",
        "title": "Unit conversion",
        "prompt": "How many centimetres are in a foot?",
        "a": "A foot is exactly 30.48 centimetres.",
        "b": "About 30 cm (one foot is 30.48 cm exactly, since an inch is 2.54 cm).",
    },
    {
        "language": "es",
        "title": "Capital de Australia",
        "prompt": "¿Cuál es la capital de Australia?",
        "a": "La capital de Australia es Sídney, la ciudad más grande.",
        "b": "La capital de Australia es Canberra; Sídney es la ciudad más poblada.",
    },
    {
        "language": "ar",
        "title": "تعلم لغة جديدة",
        "prompt": "كيف أتعلم لغة جديدة بسرعة؟",
        "a": "تدرّب كل يوم قليلاً، واستمع إلى متحدثين أصليين، ولا تخف من الأخطاء.",
        "b": "احفظ القاموس كاملاً في أسبوع واحد.",
    },
    {
        "language": "ja",
        "title": "健康的な朝食",
        "prompt": "健康的な朝食の例を挙げてください。",
        "a": "ご飯、味噌汁、焼き魚、納豆などのバランスの良い和朝食。",
        "b": "毎朝ケーキとコーラだけで十分です。",
    },
]

BBOX_INSTRUCTIONS = (
    "# Street scenes\n\nDraw a tight box around every **car**, **person**, **bicycle** and "
    "**traffic light**. Use the number keys 1–4 to pick the label. Mark the image as "
    "*nothing to label* only when there is truly nothing."
)
REWRITE_INSTRUCTIONS = (
    "# Fix the model draft\n\nThe model wrote a first draft. Edit it into a correct, clear answer "
    "in the same language. Explain non-obvious changes in the notes."
)
COMPARE_INSTRUCTIONS = (
    "# Which answer is better?\n\nRead both answers, rate each criterion, then choose a side on "
    "the scale. Ties are allowed. Write a short rationale (at least 20 characters)."
)
