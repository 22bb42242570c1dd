# A small ray tracer: a vector class with arithmetic dunders, spheres and a
# checkered plane, diffuse + specular shading, shadows and one level of
# reflection. Floats, classes, method calls and math.sqrt.
import math


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        inv = 1.0 / self.length()
        return Vec(self.x * inv, self.y * inv, self.z * inv)

    def __repr__(self):
        return "Vec(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect


class Thing:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        return -1.0

    def normal_at(self, p):
        return Vec(0.0, 1.0, 0.0)

    def color_at(self, p):
        return self.material.color


class Sphere(Thing):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius2 = radius * radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        sq = math.sqrt(disc)
        t = -b - sq
        if t > 1e-6:
            return t
        t = -b + sq
        if t > 1e-6:
            return t
        return -1.0

    def normal_at(self, p):
        return (p - self.center).normalized()


class Plane(Thing):
    def __init__(self, height, material, other_color):
        super().__init__(material)
        self.height = height
        self.other_color = other_color

    def intersect(self, ray):
        dy = ray.direction.y
        if -1e-9 < dy < 1e-9:
            return -1.0
        t = (self.height - ray.origin.y) / dy
        if t > 1e-6:
            return t
        return -1.0

    def color_at(self, p):
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return self.material.color
        return self.other_color


class Scene:
    def __init__(self):
        self.things = []
        self.lights = []
        self.ambient = 0.1

    def add(self, thing):
        self.things.append(thing)

    def closest(self, ray):
        best_t = 1e30
        best = None
        for th in self.things:
            t = th.intersect(ray)
            if 0.0 < t < best_t:
                best_t = t
                best = th
        return [best, best_t]

    def in_shadow(self, p, light_pos):
        to_light = light_pos - p
        dist = to_light.length()
        ray = Ray(p, to_light * (1.0 / dist))
        for th in self.things:
            t = th.intersect(ray)
            if 0.0 < t < dist:
                return True
        return False

    def trace(self, ray, depth):
        hit = self.closest(ray)
        th = hit[0]
        if th is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.2 + 0.3 * k, 0.3 + 0.4 * k, 0.5 + 0.5 * k)
        p = ray.at(hit[1])
        n = th.normal_at(p)
        mat = th.material
        base = th.color_at(p)
        r = base * self.ambient
        for light in self.lights:
            lpos = light[0]
            lint = light[1]
            if self.in_shadow(p, lpos):
                continue
            ldir = (lpos - p).normalized()
            diff = n.dot(ldir)
            if diff > 0.0:
                r = r + base * (diff * mat.diffuse * lint)
            refl_l = ldir - n * (2.0 * ldir.dot(n))
            spec = refl_l.dot(ray.direction)
            if spec > 0.0:
                s = spec ** 16 * mat.specular * lint
                r = r + Vec(s, s, s)
        if depth > 0 and mat.reflect > 0.0:
            d = ray.direction
            rdir = d - n * (2.0 * d.dot(n))
            rc = self.trace(Ray(p, rdir), depth - 1)
            r = r + rc * mat.reflect
        return r


def clamp255(v):
    i = int(v * 255.0)
    if i < 0:
        return 0
    if i > 255:
        return 255
    return i


def render(width, height):
    scene = Scene()
    scene.add(Sphere(Vec(0.0, 1.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.8, 0.5, 0.3)))
    scene.add(Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Material(Vec(0.2, 0.9, 0.3), 0.7, 0.3, 0.2)))
    scene.add(Sphere(Vec(1.8, 0.5, 4.0), 0.5, Material(Vec(0.3, 0.3, 0.9), 0.9, 0.8, 0.5)))
    scene.add(Sphere(Vec(0.5, 0.25, 3.0), 0.25, Material(Vec(0.9, 0.9, 0.2), 0.6, 0.9, 0.0)))
    scene.add(Plane(0.0, Material(Vec(0.8, 0.8, 0.8), 0.7, 0.1, 0.25), Vec(0.1, 0.1, 0.1)))
    scene.lights.append([Vec(-3.0, 5.0, 0.0), 0.8])
    scene.lights.append([Vec(4.0, 3.0, 2.0), 0.5])
    eye = Vec(0.0, 1.2, -1.0)
    checksum = 0
    hist = [0] * 8
    for j in range(height):
        y = 1.0 - 2.0 * j / height
        for i in range(width):
            x = (2.0 * i / width - 1.0) * width / height
            d = Vec(x * 0.6, y * 0.6 - 0.1, 1.0).normalized()
            c = scene.trace(Ray(eye, d), 2)
            rr = clamp255(c.x)
            gg = clamp255(c.y)
            bb = clamp255(c.z)
            hist[(rr + gg + bb) // 96] += 1
            checksum = (checksum * 31 + rr * 65536 + gg * 256 + bb) % 1000000007
    return [checksum, hist]


def main():
    res = render(288, 216)
    print("histogram:", res[1])
    print(f"raytrace_lite checksum={res[0]}")


main()
