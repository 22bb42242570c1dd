# divmod, abs, and related helpers
for a in [0, 1, -1, 99, -99, 1000, -1001]:
    for b in [7, -7]:
        print(a, b, divmod(a, b), abs(a), abs(a) % abs(b))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(abs(-3.25), abs(3.25), abs(-0.0), abs(True))
def to_hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return "%d:%02d:%02d" % (h, m, s)
for secs in [0, 59, 60, 3599, 3600, 86399, 123456]:
    print(secs, to_hms(secs))
