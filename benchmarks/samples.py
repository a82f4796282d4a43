"""Realistic inputs for the benchmarks: notes in the three shapes people paste, and an email."""

PROSE = (
    "Had my interview yesterday with Marcus Webb, the engineering manager at Brightline Bank, "
    "for the Senior Data Engineer role. We talked about their move to Dagster and the on-call "
    "rotation. He said they'd decide within two weeks.\n\nJordan Lee"
)
LABELLED = (
    "Interviewer: Priya Nair (Head of Payments)\nCompany: Stripe\nRole: Backend Engineer\n"
    "Date: 2026-11-26\nMe: Sam Okoye\n- talked about rate limiting and idempotency keys\n"
    "- she asked about my Kafka work at Shopify\n"
)
BULLETS = (
    "- interview w/ Dana Ortiz at Acme Health, Product Designer\n- 2026-11-26\n"
    "- discussed redesigning the patient intake flow\n- Dana loves Figma plugins\n"
)
NOTES = (PROSE, LABELLED, BULLETS)

# A thank-you note of about 150 words (a long one: the guide's range is 50-125), for the checker.
EMAIL_150 = """Subject: Thank you – Backend Engineer interview

Dear Priya,

Thank you for taking the time to speak with me yesterday about the Backend Engineer role at
Stripe. I really enjoyed our conversation about rate limiting and idempotency keys, and I
appreciated hearing how your team keeps payment retries safe when networks misbehave. It was
also great to talk about my Kafka work at Shopify and how event-driven design could help the
payments platform grow without losing track of a single charge.

Our discussion left me even more excited about the opportunity to join your team. I truly admire the
care Stripe puts into reliability, and I believe my experience building resilient services would
let me contribute quickly. If it would help, I am happy to share more detail about the
consumer-lag alerting I designed last year.

Thank you again for a thoughtful, friendly conversation. I look forward to hearing about the
next steps.

Best regards,
Sam Okoye
"""
