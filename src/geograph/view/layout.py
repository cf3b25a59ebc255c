"""A fast force-directed layout for large graphs, in numpy.

vis-network's live physics never settles on thousands of nodes, and networkx's ``spring_layout`` is
quadratic (its sparse variant needs scipy and still loops over nodes in Python), so big graphs get their
positions here and the page turns physics off. Three steps, each vectorised:

1. *Pivot MDS* (Brandes & Pich) per connected component: breadth-first distances from a few far-apart
   pivot nodes, double-centred and projected on the two leading directions. This gives the global shape in
   one pass, which a spring layout with few iterations never finds on its own.
2. Components are packed, the biggest on the left and the others on shelves beside it, so disconnected
   pieces neither overlap nor drift apart.
3. A few Fruchterman-Reingold iterations untangle the neighbourhoods. Repulsion is only computed between
   nodes in neighbouring grid cells (FR's own grid variant), which keeps each iteration linear in the size
   of the graph; attraction runs along the edges. The packing is then redone on the final bounding boxes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

_PIVOTS = 40
_SMALL_COMPONENT = 8  # below this a component is simply put on a circle
_ITERATIONS = 20
_REACH = 2.0  # repulsion range, in units of the ideal edge length
_AREA_PER_NODE = 2.0


def force_layout(n: int, edges: Sequence[tuple[int, int]], *, spacing: float = 60.0, seed: int = 7) -> FloatArray:
    """Positions (``n`` x 2) for nodes ``0..n-1`` joined by undirected ``edges``; neighbours sit ~``spacing`` apart."""
    if n == 0:
        return np.zeros((0, 2))
    rng = np.random.default_rng(seed)
    pairs = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    indptr, indices = _adjacency(n, pairs)
    component = _components(n, indptr, indices)
    members = _members(component)
    pos = np.zeros((n, 2))
    for nodes in members:
        pos[nodes] = _initial(nodes, indptr, indices, rng)
    _pack(pos, members)
    _refine(pos, pairs, indptr, rng)
    _pack(pos, members)
    return pos * spacing


def _adjacency(n: int, pairs: IntArray) -> tuple[IntArray, IntArray]:
    """Compressed sparse rows of the undirected graph."""
    src = np.concatenate([pairs[:, 0], pairs[:, 1]])
    dst = np.concatenate([pairs[:, 1], pairs[:, 0]])
    order = np.argsort(src, kind="stable")
    indices = dst[order]
    indptr = np.searchsorted(src[order], np.arange(n + 1)).astype(np.int64)
    return indptr, indices


def _neighbours(frontier: IntArray, indptr: IntArray, indices: IntArray) -> IntArray:
    starts = indptr[frontier]
    counts = indptr[frontier + 1] - starts
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    reached: IntArray = indices[np.repeat(starts, counts) + offsets]
    return reached


def _bfs(source: int, indptr: IntArray, indices: IntArray, dist: IntArray) -> IntArray:
    """Hop distances from ``source`` written into ``dist`` (-1 marks unseen nodes); returns the nodes reached."""
    dist[source] = 0
    frontier = np.array([source], dtype=np.int64)
    seen = [frontier]
    hops = 0
    while frontier.size:
        hops += 1
        reached = _neighbours(frontier, indptr, indices)
        reached = np.unique(reached[dist[reached] < 0])
        dist[reached] = hops
        seen.append(reached)
        frontier = reached
    return np.concatenate(seen)


def _components(n: int, indptr: IntArray, indices: IntArray) -> IntArray:
    label = np.full(n, -1, dtype=np.int64)
    dist = np.full(n, -1, dtype=np.int64)  # shared: each search only walks its own, still unseen, component
    current = 0
    for start in range(n):
        if label[start] >= 0:
            continue
        label[_bfs(start, indptr, indices, dist)] = current
        current += 1
    return label


def _members(component: IntArray) -> list[IntArray]:
    """Node indices per component, biggest component first."""
    order = np.argsort(component, kind="stable")
    cuts = np.flatnonzero(np.diff(component[order])) + 1
    groups = np.split(order, cuts)
    groups.sort(key=len, reverse=True)
    return groups


def _initial(nodes: IntArray, indptr: IntArray, indices: IntArray, rng: np.random.Generator) -> FloatArray:
    k = len(nodes)
    if k == 1:
        return np.zeros((1, 2))
    if k < _SMALL_COMPONENT:
        angle = 2 * np.pi * np.arange(k) / k
        radius = 0.5 / np.sin(np.pi / k)  # neighbours on the circle one unit apart
        circle: FloatArray = np.column_stack([np.cos(angle), np.sin(angle)]) * radius
        return circle
    return _pivot_mds(nodes, indptr, indices, rng)


def _pivot_mds(nodes: IntArray, indptr: IntArray, indices: IntArray, rng: np.random.Generator) -> FloatArray:
    n = len(indptr) - 1
    m = min(_PIVOTS, len(nodes))
    distances = np.empty((len(nodes), m))
    nearest = np.full(len(nodes), np.inf)
    pivot = int(nodes[rng.integers(len(nodes))])
    for column in range(m):
        dist = np.full(n, -1, dtype=np.int64)
        _bfs(pivot, indptr, indices, dist)
        distances[:, column] = dist[nodes]
        nearest = np.minimum(nearest, distances[:, column])
        pivot = int(nodes[int(np.argmax(nearest))])  # max-min: the next pivot is the node farthest from all
    squared = distances**2
    centred = -0.5 * (
        squared - squared.mean(axis=0, keepdims=True) - squared.mean(axis=1, keepdims=True) + squared.mean()
    )
    _, vectors = np.linalg.eigh(centred.T @ centred)
    coords = centred @ vectors[:, [-1, -2]]
    return _spread(coords, rng)


def _spread(coords: FloatArray, rng: np.random.Generator) -> FloatArray:
    """Scale to about one node per unit of area, and jitter so that structurally identical nodes part.

    Pivot MDS keeps hop distances, so a small-world component lands in a few units of space with every leaf
    of a hub on one point; spread out first, the grid-local repulsion stays cheap and the springs pull the
    neighbourhoods back together.
    """
    extent = coords.max(axis=0) - coords.min(axis=0)
    area = float(np.prod(np.maximum(extent, 1e-9)))
    coords = coords * np.sqrt(_AREA_PER_NODE * len(coords) / area)
    return np.asarray(coords + rng.normal(scale=0.5, size=coords.shape))


def _pack(pos: FloatArray, members: list[IntArray], margin: float = 2.0) -> None:
    """The biggest component on the left; the others on shelves in a block to its right, about as tall."""
    boxes = []
    for nodes in members:
        low, high = pos[nodes].min(axis=0), pos[nodes].max(axis=0)
        boxes.append((low, high - low + margin))
    first_low, first_size = boxes[0]
    pos[members[0]] -= first_low
    rest = boxes[1:]
    if not rest:
        return
    area = sum(float(size[0] * size[1]) for _, size in rest)
    height = max(float(first_size[1]), float(np.sqrt(area)))
    row_width = max(area / height * 1.15, max(float(size[0]) for _, size in rest))
    left = float(first_size[0])
    x = y = row_height = 0.0
    for nodes, (low, size) in zip(members[1:], rest, strict=True):
        if x > 0 and x + size[0] > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        pos[nodes] += np.array([left + x, y]) - low
        x += float(size[0])
        row_height = max(row_height, float(size[1]))


def _refine(pos: FloatArray, pairs: IntArray, indptr: IntArray, rng: np.random.Generator) -> None:
    """Force-directed steps in the manner of ForceAtlas2: degree-weighted repulsion, linear springs.

    A node of degree d weighs d + 1: hubs push harder, so their leaves fan out around them, and move less.
    Repulsion only acts between nodes closer than ``_REACH`` (grid-local), so each step is linear.
    """
    n = len(pos)
    if n < 2:
        return
    mass = (np.diff(indptr) + 1).astype(np.float64)
    u, v = pairs[:, 0], pairs[:, 1]
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    for step in range(_ITERATIONS):
        temperature = 1.0 * (1 - step / _ITERATIONS) + 0.1
        i, j = _close_pairs(np.column_stack([x, y]), _REACH)
        dx, dy = x[i] - x[j], y[i] - y[j]
        dist2 = dx * dx + dy * dy + 1e-9
        near = dist2 < _REACH * _REACH
        i, j, dx, dy, dist2 = i[near], j[near], dx[near], dy[near], dist2[near]
        push_i = mass[j] / dist2  # F = m_i m_j / d, moved by F / m_i along the unit vector (dx / d)
        push_j = mass[i] / dist2
        fx = np.zeros(n)  # bincount of nothing comes back as integers, so accumulate into floats
        fy = np.zeros(n)
        fx += np.bincount(i, push_i * dx, n) - np.bincount(j, push_j * dx, n)
        fy += np.bincount(i, push_i * dy, n) - np.bincount(j, push_j * dy, n)
        ex, ey = x[v] - x[u], y[v] - y[u]
        fx += (np.bincount(u, ex, n) - np.bincount(v, ex, n)) / mass
        fy += (np.bincount(u, ey, n) - np.bincount(v, ey, n)) / mass
        length = np.sqrt(fx * fx + fy * fy) + 1e-12
        scale = np.minimum(length, temperature) / length
        x += fx * scale
        y += fy * scale
    pos[:, 0] = x + rng.normal(scale=1e-6, size=n)
    pos[:, 1] = y


def _close_pairs(pos: FloatArray, cell: float) -> tuple[IntArray, IntArray]:
    """Index pairs (i, j) of nodes in the same or adjacent grid cells, each unordered pair once."""
    grid = np.floor(pos / cell).astype(np.int64)
    grid -= grid.min(axis=0)
    width = int(grid[:, 1].max()) + 3
    key = grid[:, 0] * width + grid[:, 1] + 1
    order = np.argsort(key, kind="stable")
    sorted_keys = key[order]
    firsts, seconds = [], []
    for offset in (0, width - 1, width, width + 1, 1):  # this cell, and the four "forward" neighbours
        target = sorted_keys + offset
        lo = np.searchsorted(sorted_keys, target, side="left")
        hi = np.searchsorted(sorted_keys, target, side="right")
        if offset == 0:
            lo = np.arange(len(order)) + 1  # same cell: only later nodes, so each pair comes once
        counts = np.maximum(hi - lo, 0)
        total = int(counts.sum())
        if total == 0:
            continue
        steps = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
        firsts.append(np.repeat(order, counts))
        seconds.append(order[np.repeat(lo, counts) + steps])
    if not firsts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)
