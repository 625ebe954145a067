"""The pure core: values in, values out; no database, network or clock.

calendar (working days), sla (clocks and promises), cases (numbers, states, transitions),
checks (an appeal's or summary's preconditions), registry (partner/client rules), routing
(the case decision), guard (may we answer automatically, and why), replies (which template,
rendered and composed into a message), wording (the Chinese words partners read), pushlog (the
push-log CSV rules), reminders (when the process expects mail from a partner).
"""
