# Numeric format specs in f-strings
x = 1234.5678
print(f"{x:.3f} {x:.0f} {x:.1f} {x:10.2f}|")
print(f"{x:,} {x:,.2f} {1234567:,} {-9876543:,}")
print(f"{x:08.2f} {-x:010.2f} {3.5:08.2f}")
print(f"{x:e} {x:.2e} {0.000123:e} {1e20:.3E}")
print(f"{0.25:%} {0.25:.1%} {1.5:.0%} {-0.123:.2%}")
print(f"{255:x} {255:X} {255:08b} {10:o} {255:#x}")
print(f"{3:.2f} {7:e} {2:%}")
print(f"{x:+.2f} {-x:+.2f} {x: .2f}")
print(f"{1e16:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{x:>12,.2f}|{x:<12.1f}|{x:^12.3f}|")
print(f"{-0.0:.2f} {1/3:.10f} {2/3:.5f}")
print(f"{12:5.1f} {12:<6d}|")
print(f"{float('inf'):.3f} {float('-inf'):e}")
v = 42
print(f"{v:x}{v:b}{v:o}")
print(f"{0:b} {1:08b} {-5:b}")
