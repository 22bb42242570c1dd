# Formatting a report table
rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Doohickey", 1, 199.999),
    ("Thingamajig", 250, 0.05),
    ("Ünïcødé", 3, 7.0),
]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5d}{price:>10.2f}{total:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<12}{'':>5}{'':>10}{grand:>12,.2f}")
print()
print("%-12s|%6s|%8s" % ("name", "pct", "sci"))
for name, qty, price in rows:
    share = qty * price / grand
    print("%-12s|%6.1f|%8.2e" % (name[:12], share * 100, qty * price))
print("{:=^40}".format(" END "))
