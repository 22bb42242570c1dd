# Matrix operations with nested lists
def mat_str(m):
    return "\n".join([" ".join(["%4d" % v for v in row]) for row in m])
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def add(a, b):
    return [[a[i][j] + b[i][j] for j in range(len(a[0]))] for i in range(len(a))]
def mul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
B = [[2, 0, 1], [1, 3, 2], [0, 1, 4]]
print(mat_str(identity(3)))
print(mat_str(add(A, B)))
print(mat_str(mul(A, B)))
print(mul(A, identity(3)) == A)
print(det(A), det(B), det(identity(4)), det([[2, 5], [1, 3]]))
P = A
for _ in range(3):
    P = mul(P, A)
print(mat_str(P))
