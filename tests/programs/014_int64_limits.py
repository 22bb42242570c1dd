# Working near the limits of signed 64-bit integers (never exceeding them)
import sys
big = sys.maxsize
print(big)
print(big == 2 ** 62 - 1 + 2 ** 62)
print(-big - 1)
print(big // 2, big % 1000, big // 10 ** 9)
print(big - 1, -big)
half = 2 ** 62
print(half + (half - 1))
print(3037000499 * 3037000499)
print(-3037000499 * 3037000499)
print(4611686018427387903 * 2 + 1)
print((big - 5) // 7 * 7 + (big - 5) % 7)
x = 1
steps = 0
while x < big // 3:
    x = x * 3
    steps += 1
print(steps, x)
print(big >> 62, big >> 32, (big >> 32) << 32)
print(-big - 1 >> 63, (-big - 1) // 2)
print(f"{big:x}", f"{big:,}")
print(str(big)[::-1])
