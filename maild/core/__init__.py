"""The pure core: values in, values out; no database, network or clock.

calendar (working days), sla (clocks and promises), cases (numbers, states, transitions),
checks (an appeal's or summary's preconditions), registry (partner/client rules), routing
(the case decision), replies (templates rendered to text).
"""
