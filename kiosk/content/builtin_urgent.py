# ruff: noqa: E501  (the page's own lines, kept whole)
"""The Urgent help page the kiosk shows when a guide has none: the shipped guide's page, blocks filled in.

Written by scripts/sync_builtin_urgent.py from content/pages/urgent-help.md; do not edit by hand. A test keeps the two
the same, so the always-visible Urgent help button never gives older or shorter advice than the guide.
"""

BUILTIN_URGENT_BODY = """\
## Call 999 now

Call 999 straight away if someone:

- has a fit (seizure) for the first time
- has a fit that lasts more than 5 minutes, or one fit after another
- does not wake up properly after a fit, is hurt, or has trouble breathing after it
- has signs of a stroke: sudden weakness or drooping of the face, an arm or a leg on one side
- suddenly has trouble speaking or seeing
- has a sudden, very bad headache, the worst they have ever had
- has chest pain or tightness that is new, sudden, very bad or crushing
- has chest pain with breathlessness, sweating or feeling faint
- has very bad trouble breathing
- coughs up more than a small streak of blood, or any blood and is breathless
- is losing a lot of blood, or is bleeding and it does not stop when pressed
- collapses, or is hard to wake

## If you are in the clinic now {.screen-only}

If you are in the clinic now and feel unwell, tell a member of staff straight away. {.screen-only}

## Call {{ cancer_line }} now

**Call {{ acute_oncology_line }}.**

It is open {{ acute_oncology_hours }}.

If you have any of the signs below, call now, {{ cancer_line_when }}. Do not wait for your next appointment.

### Back or neck pain

Cancer in the spine can press on the nerves inside it. This is called spinal cord compression. Call {{ cancer_line }} now, {{ cancer_line_when }}, if you have:

- pain in your neck, or in your upper or middle back
- low back pain that is very bad or getting worse
- back pain that is worse when you cough, sneeze or strain
- back pain that stops you sleeping
- pain like a band around your chest or tummy

Back or neck pain alone is enough to call. Do not wait for other signs, or for a scan.

Numbness, weakness, trouble walking, or problems with your bladder or bowels make it an emergency. Call now, and call 999 if you cannot get through.

### Temperature, shivers or feeling unwell

During cancer treatment, an infection can quickly become serious. This is true in the weeks after chemotherapy too. It is also true while you take targeted drugs. Call {{ cancer_line }} now, {{ cancer_line_when }}, if:

- your temperature is too high or too low
- you feel shivery, or hot and cold
- you suddenly feel unwell, even if your temperature is normal

{{ temperature_advice }}

Do not take paracetamol or ibuprofen to bring down a fever before you call. Steroids and paracetamol can hide a fever. That is why feeling suddenly unwell counts, even if your thermometer reads normal.

### High calcium

Cancer can raise the amount of calcium in your blood. This is called high calcium. It can happen even if the cancer is not in your bones. Call {{ cancer_line }} now, {{ cancer_line_when }}, if you:

- feel very thirsty
- pass a lot of urine (pee a lot)
- keep being sick, or cannot keep drinks down
- are constipated (finding it hard to poo)
- feel confused or very drowsy

Feeling sick (nausea) can be a sign too. If you feel sick with any of the signs above, call now.

High calcium can be treated.

### Side effects of treatment, and a new cough

Some side effects of treatment need help now. Call {{ cancer_line }} now, {{ cancer_line_when }}, if you have:

- diarrhoea 4 or more extra times in a day
- any diarrhoea, if your team told you to call for it
- being sick (vomiting) that goes on after you take your anti-sickness medicine
- being sick so much that you cannot keep drinks down
- bleeding or bruising that is new
- new yellow skin, or yellow whites of the eyes
- swelling of your face, neck or arm, and you are breathless

If you are sick once and then feel better, tell your team when you next talk to them.

Some treatments can make the lungs sore and swollen. These are trastuzumab deruxtecan (T-DXd), CDK4/6 inhibitors and immunotherapy. If you take one of them, do not wait 1 to 2 weeks. Call {{ cancer_line }} now, {{ cancer_line_when }}, if you have:

- a new cough
- new breathlessness, or breathing that gets worse
- a temperature that is too high or too low

{{ temperature_advice }}

### After immunotherapy, even months after

Immunotherapy can cause side effects at any time. This includes months after your last dose. Call {{ cancer_line }} now, {{ cancer_line_when }}, if you have had immunotherapy and you have:

- new diarrhoea, or pain in your tummy
- a new cough, or you are breathless
- yellow skin, or yellow whites of your eyes
- very bad tiredness
- a headache, or you feel dizzy
- a rash
- a lot of thirst, and you pass a lot of urine (pee a lot)

Tell any doctor who sees you that you have had immunotherapy. This includes your GP and staff in A&E. Carry your immunotherapy alert card, if you have one.

### Your heart, on anti-HER2 drugs

Some anti-HER2 drugs can affect your heart. These are trastuzumab, pertuzumab, T-DXd and T-DM1. You will have a heart scan before you start, and more scans during treatment. These are often every 3 months. Call {{ cancer_line }} now, {{ cancer_line_when }}, if you:

- are newly breathless, or your breathing gets worse
- have swollen ankles
- feel your heart racing, or beating in an uneven way

Call 999 if you have chest pain or tightness that is new, sudden, crushing or very bad. Call 999 if you have chest pain and you are also breathless, sweaty or faint, or coughing up blood.

### Very thirsty on alpelisib or capivasertib

Alpelisib and capivasertib can make the sugar in your blood too high. Your team checks your blood sugar before you start and during treatment. Call {{ cancer_line }} now, {{ cancer_line_when }}, if you:

- feel very thirsty
- have a very dry mouth
- pass a lot of urine (pee a lot)

### A painful swollen leg, or sudden breathlessness

Cancer and some treatments make blood clots more likely. Call {{ cancer_line }} now, {{ cancer_line_when }}, if you have:

- a leg that is painful and swollen
- breathlessness that came on suddenly

Call 999 if you have sudden chest pain or very bad trouble breathing.

### Breathing, a cough or chest pain

Call {{ cancer_line }} now, {{ cancer_line_when }}, if:

- you are newly breathless, or your breathing gets worse
- you cough up a small streak of blood

Call 999 if you have very bad trouble breathing.

New chest pain is an emergency. Call 999 if pain or tightness in your chest is new, sudden, very bad or crushing. Call 999 too if chest pain comes with breathlessness, sweating, feeling faint or coughing up blood.

Some people have chest pain that their team already knows about. If it is not changing, tell your team about it. If it is getting worse, call {{ cancer_line }} now, {{ cancer_line_when }}.

### Fits (seizures), confusion or weakness

Call {{ cancer_line }} now, {{ cancer_line_when }}, if you have:

- had a fit that has stopped, and you are back to normal, even if you have had fits before
- new confusion
- a very bad headache and you are being sick
- new weakness in an arm or a leg that came on slowly

If your team gave you a written plan for fits, follow it.

Some signs need 999 first. Call 999 for a first fit, a fit that lasts more than 5 minutes, or one fit after another. Call 999 if the person does not wake up properly, is hurt, or has trouble breathing. Call 999 for sudden weakness on one side, sudden trouble speaking or seeing, or a sudden, very bad headache.

### Yellow skin or eyes

Yellow skin, or yellow whites of the eyes, is called jaundice. If it is new, it needs checking quickly. It can mean a tube that carries bile out of the liver is blocked, and this can often be treated. Some cancer drugs can also harm the liver.

- If you are having cancer treatment, or had it in the last few months, call {{ cancer_line }} now, {{ cancer_line_when }}.
- If not, tell your team today. Call {{ breast_care_nurse_line }}. If you cannot reach them today, call {{ cancer_line }}.

### Skin that bleeds or looks infected

Call 999 if the area bleeds a lot and the bleeding does not stop when you press on it firmly.

Call {{ cancer_line }} now, {{ cancer_line_when }}, if the skin around the area gets red, hot or swollen, the redness spreads, and:

- your temperature is too high or too low, or
- you feel unwell

{{ temperature_advice }}

If the skin looks infected but you feel well, tell your team today.

### A bone that may be broken

Cancer can make a bone weaker, so it may break more easily. Go to A&E now if you have sudden, very bad pain in a bone, or you cannot put weight on a leg or use an arm. This is true after a fall, and also if you did not fall or knock it. Call 999 if you cannot get to A&E safely.

### A swollen arm

A swollen arm is not always lymphoedema. Call {{ cancer_line }} now, {{ cancer_line_when }}, if:

- your arm swells quickly, or it is painful as well as swollen, as this can be a blood clot
- your arm is red, hot and sore, as this can be an infection
- your face, neck or arm swells, and you are breathless

## If you cannot get through, or have no number

If you cannot get through, or have no number, go to A&E (the emergency department) now. Take your alert card and your medicines, if you have them. An alert card is a card from your cancer team with their number on it.

Or call NHS 111. They are there day and night.

If someone is seriously unwell, call 999.

## Questions that are not urgent

Talk to your breast care nurse. Call {{ breast_care_nurse_line }}.
"""
