//! A CPU rasteriser for egui's tessellated output that redraws only what changed since the
//! last frame (docs/PERFORMANCE.md, "Both windows drawn by the processor").
//!
//! Every triangle of a frame gets a key (its vertices, its clip rectangle, its texture and the
//! triangle drawn just before it, so that a change of order counts too); the triangles whose
//! keys are not in the last frame, and the last frame's whose keys are gone, mark the rectangles
//! to redraw. Each such rectangle is cleared and every triangle that reaches into it is drawn
//! again, clipped to it, in order: the pixels come out as a whole redraw would make them.
//!
//! The arithmetic is egui_glow's: colours in gamma space with premultiplied alpha, the vertex
//! colour times the texel, blended `src + dst × (1 − src.a)`; textures sampled bilinearly (or by
//! the nearest texel when the texture asks for it) with their edges clamped.

// Pixel arithmetic converts between pixel indices, coordinates and colour components all the
// time; every conversion here is of a value clamped or bounded by the canvas or the texture first.
#![expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    clippy::cast_precision_loss,
    reason = "pixel arithmetic on values bounded by the canvas, the texture or 0–255"
)]

use std::collections::HashMap;

use egui::epaint::textures::{TextureFilter, TexturesDelta};
use egui::epaint::{ClippedPrimitive, ImageData, Primitive, TextureId};

/// A rectangle of pixels, `x0..x1` × `y0..y1` (the ends excluded).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct PxRect {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
}

impl PxRect {
    /// The whole of a `width`×`height` canvas.
    pub fn whole(width: usize, height: usize) -> Self {
        Self { x0: 0, y0: 0, x1: to_i32(width), y1: to_i32(height) }
    }

    pub fn is_empty(&self) -> bool {
        self.x0 >= self.x1 || self.y0 >= self.y1
    }

    pub fn width(&self) -> i32 {
        (self.x1 - self.x0).max(0)
    }

    pub fn height(&self) -> i32 {
        (self.y1 - self.y0).max(0)
    }

    /// How many pixels it covers.
    pub fn area(&self) -> i64 {
        i64::from(self.width()) * i64::from(self.height())
    }

    pub fn intersect(&self, o: &Self) -> Self {
        Self { x0: self.x0.max(o.x0), y0: self.y0.max(o.y0), x1: self.x1.min(o.x1), y1: self.y1.min(o.y1) }
    }

    pub fn union(&self, o: &Self) -> Self {
        if self.is_empty() {
            return *o;
        }
        if o.is_empty() {
            return *self;
        }
        Self { x0: self.x0.min(o.x0), y0: self.y0.min(o.y0), x1: self.x1.max(o.x1), y1: self.y1.max(o.y1) }
    }

    /// Whether the two touch or lie within `gap` pixels of each other.
    fn near(&self, o: &Self, gap: i32) -> bool {
        self.x0 - gap <= o.x1 && o.x0 - gap <= self.x1 && self.y0 - gap <= o.y1 && o.y0 - gap <= self.y1
    }
}

fn to_i32(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// At most this many rectangles are redrawn and presented per frame; more are merged.
const MAX_RECTS: usize = 6;

/// Rectangles closer than this are merged into one (a rectangle costs a little of its own).
const MERGE_GAP: i32 = 8;

/// A texture as the rasteriser samples it: premultiplied sRGBA texels.
struct Texture {
    width: usize,
    height: usize,
    texels: Vec<[u8; 4]>,
    nearest: bool,
    /// Every texel is white at some coverage (`r = g = b = a`): egui's font atlas. Its glyphs are
    /// sampled by their coverage alone.
    white: bool,
    /// The coverage (alpha) of every texel, row by row, kept for a white texture: text samples
    /// one byte per texel instead of four.
    cover: Vec<u8>,
}

/// Whether every texel is white at some coverage (premultiplied `r = g = b = a`).
fn all_white(texels: &[[u8; 4]]) -> bool {
    texels.iter().all(|t| t[0] == t[3] && t[1] == t[3] && t[2] == t[3])
}

/// The last frame's triangles: their keys and the pixels they may touch, sorted by key.
type Seen = Vec<(u64, PxRect)>;

/// A canvas of `0x00RRGGBB` pixels kept between frames, and what was drawn on it last.
#[derive(Default)]
pub struct Canvas {
    width: usize,
    height: usize,
    pixels: Vec<u32>,
    textures: HashMap<TextureId, Texture>,
    seen: Seen,
    /// The buffer of the frame before the last, kept for the next frame's keys.
    scratch: Seen,
    pixels_per_point: f32,
    /// What a redrawn rectangle is cleared to first (`0x00RRGGBB`).
    background: u32,
}

impl std::fmt::Debug for Canvas {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Canvas")
            .field("width", &self.width)
            .field("height", &self.height)
            .finish_non_exhaustive()
    }
}

/// One triangle of this frame, where it may draw.
struct Tri {
    key: u64,
    bbox: PxRect,
}

impl Canvas {
    pub fn new() -> Self {
        Self::default()
    }

    /// The canvas's pixels, row by row, `0x00RRGGBB`.
    pub fn pixels(&self) -> &[u32] {
        &self.pixels
    }

    /// The colour a frame is cleared to (the chair window's panels have no fill of their own);
    /// a new one redraws the whole canvas.
    pub fn set_background(&mut self, rgba: [f32; 4]) {
        let channel = |v: f32| ((v.clamp(0.0, 1.0) * 255.0).round() as u32) & 0xff;
        let colour = (channel(rgba[0]) << 16) | (channel(rgba[1]) << 8) | channel(rgba[2]);
        if colour != self.background {
            self.background = colour;
            self.forget();
        }
    }

    /// Forgets what is on the canvas: the next frame is drawn whole.
    pub fn forget(&mut self) {
        self.seen.clear();
        self.pixels_per_point = 0.0;
    }

    /// Draws a frame of `width`×`height` pixels and returns the rectangles whose pixels may have
    /// changed (the whole canvas when its size, its scale or a whole texture changed).
    pub fn paint(
        &mut self,
        width: usize,
        height: usize,
        pixels_per_point: f32,
        primitives: &[ClippedPrimitive],
        textures: &TexturesDelta,
    ) -> Vec<PxRect> {
        let mut whole = self.apply_textures(textures);
        if width != self.width || height != self.height || pixels_per_point != self.pixels_per_point {
            self.width = width;
            self.height = height;
            // In place: a new buffer for every size would leave the old ones to the allocator,
            // which keeps them (docs/PERFORMANCE.md, resizing).
            let n = width.saturating_mul(height);
            self.pixels.clear();
            if self.pixels.capacity() > n.saturating_mul(2) {
                self.pixels.shrink_to(n);
            }
            self.pixels.resize(n, 0);
            self.pixels_per_point = pixels_per_point;
            whole = true;
        }
        let canvas = PxRect::whole(width, height);
        let tris = triangles(primitives, pixels_per_point, canvas);
        // The keys of this frame against the last's, both sorted: what is in one only changed.
        let mut seen: Seen = std::mem::take(&mut self.scratch);
        seen.clear();
        seen.extend(tris.iter().flatten().map(|t| (t.key, t.bbox)));
        seen.sort_unstable_by_key(|t| t.0);
        let mut damage = Vec::new();
        let (mut i, mut j) = (0, 0);
        let (old, new) = (&self.seen, &seen);
        while i < old.len() || j < new.len() {
            match (old.get(i), new.get(j)) {
                (Some(a), Some(b)) if a.0 == b.0 => {
                    i += 1;
                    j += 1;
                }
                (Some(a), Some(b)) if a.0 < b.0 => {
                    damage.push(a.1);
                    i += 1;
                }
                (Some(a), None) => {
                    damage.push(a.1);
                    i += 1;
                }
                (_, Some(b)) => {
                    damage.push(b.1);
                    j += 1;
                }
                (None, None) => break,
            }
        }
        self.scratch = std::mem::replace(&mut self.seen, seen);
        let damage = if whole { vec![canvas] } else { merge(damage) };
        for rect in &damage {
            self.redraw(rect, primitives, &tris, pixels_per_point);
        }
        for id in &textures.free {
            self.textures.remove(id);
        }
        damage
    }

    /// Applies the new and changed textures; `true` when a texture already drawn was replaced
    /// whole (what was drawn from it is stale everywhere).
    fn apply_textures(&mut self, delta: &TexturesDelta) -> bool {
        let mut whole = false;
        for (id, deltas) in &delta.set {
            for d in deltas {
                let ImageData::Color(image) = &d.image;
                let [w, h] = image.size;
                let texels = image.pixels.iter().map(egui::Color32::to_array);
                match d.pos {
                    None => {
                        whole |= self.textures.contains_key(id);
                        let t = self.textures.entry(*id).or_insert_with(|| Texture {
                            width: 0,
                            height: 0,
                            texels: Vec::new(),
                            nearest: false,
                            white: true,
                            cover: Vec::new(),
                        });
                        // Into the texture's own buffer: the font atlas is replaced whole when
                        // it fills up, at the same size.
                        t.texels.clear();
                        t.texels.extend(texels);
                        t.width = w;
                        t.height = h;
                        t.white = all_white(&t.texels);
                        t.cover.clear();
                        if t.white {
                            t.cover.extend(t.texels.iter().map(|c| c[3]));
                        }
                        t.nearest = d.options.magnification == TextureFilter::Nearest;
                    }
                    Some([x, y]) => {
                        let Some(t) = self.textures.get_mut(id) else { continue };
                        let texels: Vec<[u8; 4]> = texels.collect();
                        t.white &= all_white(&texels);
                        if !t.white {
                            t.cover.clear();
                        }
                        for (i, texel) in texels.into_iter().enumerate() {
                            let (tx, ty) = (x + i % w.max(1), y + i / w.max(1));
                            if tx < t.width
                                && ty < t.height
                                && let Some(slot) = t.texels.get_mut(ty * t.width + tx)
                            {
                                *slot = texel;
                                if let Some(c) = t.cover.get_mut(ty * t.width + tx) {
                                    *c = texel[3];
                                }
                            }
                        }
                    }
                }
            }
        }
        whole
    }

    /// Clears `rect` and draws every triangle that reaches into it, clipped to it.
    fn redraw(&mut self, rect: &PxRect, primitives: &[ClippedPrimitive], tris: &[Vec<Tri>], ppp: f32) {
        self.fill(rect, self.background);
        for (prim, tris) in primitives.iter().zip(tris) {
            let Primitive::Mesh(mesh) = &prim.primitive else { continue };
            let clip = clip_px(prim.clip_rect, ppp).intersect(rect);
            if clip.is_empty() {
                continue;
            }
            let Some(texture) = self.textures.get(&mesh.texture_id) else { continue };
            for (tri, indices) in tris.iter().zip(mesh.indices.chunks_exact(3)) {
                let area = tri.bbox.intersect(&clip);
                if area.is_empty() {
                    continue;
                }
                let vertex = |i: u32| mesh.vertices.get(usize::try_from(i).unwrap_or(usize::MAX));
                let (Some(a), Some(b), Some(c)) =
                    (vertex(indices[0]), vertex(indices[1]), vertex(indices[2]))
                else {
                    continue;
                };
                let corners = [a, b, c].map(|v| Corner {
                    x: v.pos.x * ppp,
                    y: v.pos.y * ppp,
                    u: v.uv.x,
                    v: v.uv.y,
                    rgba: v.color.to_array().map(f32::from),
                });
                draw_triangle(&mut self.pixels, self.width, &area, corners, texture);
            }
        }
    }

    fn fill(&mut self, rect: &PxRect, colour: u32) {
        for y in rect.y0.max(0)..rect.y1 {
            let row = usize::try_from(y).unwrap_or(0) * self.width;
            let (x0, x1) =
                (usize::try_from(rect.x0.max(0)).unwrap_or(0), usize::try_from(rect.x1).unwrap_or(0));
            if let Some(span) = self.pixels.get_mut(row + x0..row + x1) {
                span.fill(colour);
            }
        }
    }
}

/// The clip rectangle in pixels, rounded as egui_glow's scissor rounds it.
fn clip_px(clip: egui::Rect, ppp: f32) -> PxRect {
    let px = |v: f32| {
        let v = (v * ppp).round();
        if v.is_nan() { 0 } else { v.clamp(-1.0e9, 1.0e9) as i32 }
    };
    PxRect { x0: px(clip.min.x), y0: px(clip.min.y), x1: px(clip.max.x), y1: px(clip.max.y) }
}

/// Every triangle of the frame with its key and the pixels it may touch, per primitive.
fn triangles(primitives: &[ClippedPrimitive], ppp: f32, canvas: PxRect) -> Vec<Vec<Tri>> {
    let mut before = 0u64;
    primitives
        .iter()
        .map(|prim| {
            let Primitive::Mesh(mesh) = &prim.primitive else { return Vec::new() };
            let clip = clip_px(prim.clip_rect, ppp).intersect(&canvas);
            let mut h = Mix::new();
            h.add(u64::from(clip.x0 as u32) | (u64::from(clip.y0 as u32) << 32));
            h.add(u64::from(clip.x1 as u32) | (u64::from(clip.y1 as u32) << 32));
            h.add(match mesh.texture_id {
                TextureId::Managed(n) => n,
                TextureId::User(n) => n ^ (1 << 63),
            });
            let common = h.finish();

            mesh.indices
                .chunks_exact(3)
                .map(|idx| {
                    let mut h = Mix::new();
                    h.add(common);
                    let (mut lo_x, mut lo_y, mut hi_x, mut hi_y) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
                    for &i in idx {
                        match mesh.vertices.get(usize::try_from(i).unwrap_or(usize::MAX)) {
                            Some(v) => {
                                h.add(u64::from(v.pos.x.to_bits()) | (u64::from(v.pos.y.to_bits()) << 32));
                                h.add(u64::from(v.uv.x.to_bits()) | (u64::from(v.uv.y.to_bits()) << 32));
                                h.add(u64::from(u32::from_le_bytes(v.color.to_array())));
                                lo_x = lo_x.min(v.pos.x * ppp);
                                lo_y = lo_y.min(v.pos.y * ppp);
                                hi_x = hi_x.max(v.pos.x * ppp);
                                hi_y = hi_y.max(v.pos.y * ppp);
                            }
                            None => h.add(u64::MAX),
                        }
                    }
                    // The triangle itself, and the one drawn before it (only that one: a change
                    // reaches no further than the next triangle).
                    let own = h.finish();
                    let mut k = Mix::new();
                    k.add(own);
                    k.add(before);
                    let key = k.finish();
                    before = own;
                    let px = |v: f32, up: bool| {
                        let v = if up { v.ceil() + 1.0 } else { v.floor() - 1.0 };
                        if v.is_nan() { 0 } else { v.clamp(-1.0e9, 1.0e9) as i32 }
                    };
                    let bbox = PxRect {
                        x0: px(lo_x, false),
                        y0: px(lo_y, false),
                        x1: px(hi_x, true),
                        y1: px(hi_y, true),
                    }
                    .intersect(&clip);
                    Tri { key, bbox }
                })
                .collect()
        })
        .collect()
}

/// A small, fast mixing hash for the triangles' keys (not for anything adversarial).
struct Mix(u64);

impl Mix {
    fn new() -> Self {
        Self(0x243f_6a88_85a3_08d3)
    }

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn finish(&self) -> u64 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^ (x >> 33)
    }
}

/// Merges the changed rectangles into at most [`MAX_RECTS`]: those that touch or lie close,
/// then the pair whose union grows least.
fn merge(rects: Vec<PxRect>) -> Vec<PxRect> {
    let mut out: Vec<PxRect> = Vec::new();
    for r in rects.into_iter().filter(|r| !r.is_empty()) {
        let mut r = r;
        // A merged rectangle may now reach others: merge until none is near.
        while let Some(i) = out.iter().position(|o| o.near(&r, MERGE_GAP)) {
            r = r.union(&out.swap_remove(i));
        }
        out.push(r);
    }
    while out.len() > MAX_RECTS {
        let mut best = (0, 1, i64::MAX);
        for i in 0..out.len() {
            for j in i + 1..out.len() {
                let grown = out[i].union(&out[j]).area() - out[i].area() - out[j].area();
                if grown < best.2 {
                    best = (i, j, grown);
                }
            }
        }
        let b = out.swap_remove(best.1);
        out[best.0] = out[best.0].union(&b);
    }
    out
}

/// A triangle's corner in pixels, with its texture coordinates and colour (0–255).
#[derive(Clone, Copy)]
struct Corner {
    x: f32,
    y: f32,
    u: f32,
    v: f32,
    rgba: [f32; 4],
}

/// `(b − a) × (p − a)`: positive when `p` lies to the right of `a → b` on a screen (y down).
fn edge(ax: f32, ay: f32, bx: f32, by: f32, px: f32, py: f32) -> f32 {
    (bx - ax) * (py - ay) - (by - ay) * (px - ax)
}

/// Draws one triangle into `pixels` inside `area` (already clipped).
///
/// Row by row: the span of pixel centres inside all three edges is solved for, then filled by
/// the cheapest of three ways: a solid colour (egui's shapes, the backgrounds), an axis-aligned
/// textured quad of one colour (text: the texture coordinate follows x along a row), or the
/// general case (every attribute interpolated).
fn draw_triangle(pixels: &mut [u32], stride: usize, area: &PxRect, mut c: [Corner; 3], t: &Texture) {
    let mut twice = edge(c[0].x, c[0].y, c[1].x, c[1].y, c[2].x, c[2].y);
    if twice.abs() < 1e-6 || !twice.is_finite() {
        return;
    }
    if twice < 0.0 {
        c.swap(1, 2);
        twice = -twice;
    }
    // Edge i is the one opposite corner i; its function is corner i's weight (times `twice`).
    let ends = [(1, 2), (2, 0), (0, 1)];
    // Top-left rule: a pixel centre exactly on an edge shared by two triangles is drawn once.
    let top_left = ends.map(|(a, b)| {
        let (dx, dy) = (c[b].x - c[a].x, c[b].y - c[a].y);
        dy < 0.0 || (dy == 0.0 && dx > 0.0)
    });
    let (x0, y0) = (area.x0 as f32 + 0.5, area.y0 as f32 + 0.5);
    let start = ends.map(|(a, b)| edge(c[a].x, c[a].y, c[b].x, c[b].y, x0, y0));
    let step_x = ends.map(|(a, b)| -(c[b].y - c[a].y));
    let step_y = ends.map(|(a, b)| c[b].x - c[a].x);
    // An attribute at the area's first pixel centre, and its steps along x and y.
    let attr = |vals: [f32; 3]| {
        let at = (0..3).map(|i| vals[i] * start[i]).sum::<f32>() / twice;
        let dx = (0..3).map(|i| vals[i] * step_x[i]).sum::<f32>() / twice;
        let dy = (0..3).map(|i| vals[i] * step_y[i]).sum::<f32>() / twice;
        Linear { at, dx, dy }
    };
    let same_colour = c[0].rgba == c[1].rgba && c[1].rgba == c[2].rgba;
    let same_uv = c[0].u == c[1].u && c[1].u == c[2].u && c[0].v == c[1].v && c[1].v == c[2].v;
    let colours = [0, 1, 2, 3].map(|k| attr([c[0].rgba[k], c[1].rgba[k], c[2].rgba[k]]));
    let u = attr([c[0].u, c[1].u, c[2].u]);
    let v = attr([c[0].v, c[1].v, c[2].v]);
    let fill = if same_uv && same_colour {
        Fill::Solid(premultiply(c[0].rgba, t.sample(c[0].u, c[0].v)))
    } else if same_colour && u.dy.abs() < 1e-9 && v.dx.abs() < 1e-9 && !t.nearest {
        Fill::Glyph(c[0].rgba.map(|x| x.round().clamp(0.0, 255.0) as u32))
    } else {
        Fill::General
    };
    let width = area.width();
    for row in 0..area.height() {
        let fy = row as f32;
        let w_row = [0, 1, 2].map(|i| start[i] + step_y[i] * fy);
        let inside = |k: i32| {
            (0..3).all(|i| {
                let w = w_row[i] + step_x[i] * k as f32;
                w > 0.0 || (w == 0.0 && top_left[i])
            })
        };
        let Some((k0, k1)) = span(&w_row, &step_x, width, &inside) else { continue };
        let line = usize::try_from(area.y0 + row).unwrap_or(0) * stride;
        let first = line + usize::try_from(area.x0 + k0).unwrap_or(0);
        let Some(dst) = pixels.get_mut(first..first + usize::try_from(k1 - k0).unwrap_or(0)) else {
            continue;
        };
        match fill {
            Fill::Solid(src) => fill_solid(dst, src),
            Fill::Glyph(rgba) => {
                let vy = v.at + v.dy * fy;
                let ux = u.at + u.dx * k0 as f32;
                t.glyph_row(dst, rgba, ux, u.dx, vy);
            }
            Fill::General => {
                for (n, p) in dst.iter_mut().enumerate() {
                    let k = (k0 + n as i32) as f32;
                    let rgba = colours.map(|l| l.at + l.dx * k + l.dy * fy);
                    let texel = t.sample(u.at + u.dx * k + u.dy * fy, v.at + v.dx * k + v.dy * fy);
                    *p = blend(*p, premultiply(rgba, texel));
                }
            }
        }
    }
}

/// An attribute over the triangle: its value at the area's first pixel centre and its steps.
#[derive(Clone, Copy)]
struct Linear {
    at: f32,
    dx: f32,
    dy: f32,
}

/// How a triangle's pixels get their colour.
#[derive(Clone, Copy)]
enum Fill {
    /// One premultiplied colour (0–255) for every pixel.
    Solid([u32; 4]),
    /// One vertex colour times a texture sampled along the row.
    Glyph([u32; 4]),
    /// Everything interpolated.
    General,
}

/// The pixels `k0..k1` of a row (counted from the area's left edge) whose centres are inside the
/// triangle: solved from the edge functions, then checked at both ends (rounding).
fn span(w_row: &[f32; 3], step_x: &[f32; 3], width: i32, inside: &dyn Fn(i32) -> bool) -> Option<(i32, i32)> {
    let (mut lo, mut hi) = (0.0f32, width as f32 - 1.0);
    for i in 0..3 {
        let (a, b) = (step_x[i], w_row[i]);
        if a > 0.0 {
            lo = lo.max((-b / a).floor());
        } else if a < 0.0 {
            hi = hi.min((-b / a).ceil());
        } else if b < 0.0 {
            return None;
        }
    }
    if lo > hi {
        return None;
    }
    let (mut k0, mut k1) = (lo as i32, hi as i32);
    while k0 <= k1 && !inside(k0) {
        k0 += 1;
    }
    while k1 >= k0 && !inside(k1) {
        k1 -= 1;
    }
    (k0 <= k1).then_some((k0, k1 + 1))
}

/// A vertex colour times a texel, both premultiplied 0–255, as egui_glow's shader multiplies them.
fn premultiply(rgba: [f32; 4], texel: [f32; 4]) -> [u32; 4] {
    [0, 1, 2, 3].map(|k| (rgba[k] * texel[k] / 255.0 + 0.5).clamp(0.0, 255.0) as u32)
}

fn fill_solid(dst: &mut [u32], src: [u32; 4]) {
    if src[3] >= 255 {
        dst.fill((src[0] << 16) | (src[1] << 8) | src[2]);
    } else if src != [0; 4] {
        for p in dst {
            *p = blend(*p, src);
        }
    }
}

/// `x / 255`, rounded, for `x` up to 255 × 255.
fn div255(x: u32) -> u32 {
    (x + 128 + ((x + 128) >> 8)) >> 8
}

/// `src + dst × (1 − src.a)` on `0x00RRGGBB`, `src` premultiplied, 0–255.
fn blend(dst: u32, src: [u32; 4]) -> u32 {
    if src[3] == 0 && src[0] == 0 && src[1] == 0 && src[2] == 0 {
        return dst;
    }
    let keep = 255 - src[3].min(255);
    let channel = |shift: u32, s: u32| (s + div255(((dst >> shift) & 0xff) * keep)).min(255) << shift;
    channel(16, src[0]) | channel(8, src[1]) | channel(0, src[2])
}

impl Texture {
    /// The texel at `(u, v)` (0–1), bilinear or nearest, edges clamped; components 0–255.
    fn sample(&self, u: f32, v: f32) -> [f32; 4] {
        let (w, h) = (self.width, self.height);
        if w == 0 || h == 0 {
            return [255.0; 4];
        }
        let texel = |x: i64, y: i64| {
            let x = usize::try_from(x.clamp(0, w as i64 - 1)).unwrap_or(0);
            let y = usize::try_from(y.clamp(0, h as i64 - 1)).unwrap_or(0);
            self.texels.get(y * w + x).copied().unwrap_or([0; 4]).map(f32::from)
        };
        let (x, y) = (u * w as f32 - 0.5, v * h as f32 - 0.5);
        if self.nearest {
            return texel((x + 0.5).floor() as i64, (y + 0.5).floor() as i64);
        }
        let (fx, fy) = (x.floor(), y.floor());
        let (ax, ay) = (x - fx, y - fy);
        let (ix, iy) = (fx as i64, fy as i64);
        let (t00, t10, t01, t11) =
            (texel(ix, iy), texel(ix + 1, iy), texel(ix, iy + 1), texel(ix + 1, iy + 1));
        [0, 1, 2, 3].map(|k| {
            let top = t00[k] + (t10[k] - t00[k]) * ax;
            let bottom = t01[k] + (t11[k] - t01[k]) * ax;
            top + (bottom - top) * ay
        })
    }

    /// Blends one row of an axis-aligned textured quad of one colour into `dst`: the texture's
    /// `v` is fixed along the row, `u` starts at `u0` and steps by `du` per pixel. Bilinear in
    /// fixed point (8 bits of weight); texels that are all zero (most of a glyph's box) cost a
    /// look only.
    fn glyph_row(&self, dst: &mut [u32], rgba: [u32; 4], u0: f32, du: f32, v: f32) {
        let (w, h) = (self.width, self.height);
        if w == 0 || h == 0 {
            return;
        }
        let y = v * h as f32 - 0.5;
        let fy = y.floor();
        let wy = ((y - fy) * 256.0) as u32;
        let row = |r: f32| (r.clamp(0.0, h as f32 - 1.0) as usize) * w;
        let (r0, r1) = (row(fy), row(fy + 1.0));
        let last = w as i64 - 1;
        // x in texels, 16.16 fixed point.
        let mut x = ((u0 * w as f32 - 0.5) * 65536.0) as i64;
        let dx = (du * w as f32 * 65536.0) as i64;
        let lerp = |a: u32, b: u32, w: u32| a * (256 - w) + b * w;
        if self.white
            && let (Some(c0), Some(c1)) = (self.cover.get(r0..r0 + w), self.cover.get(r1..r1 + w))
        {
            // The coverage alone: the colour is the vertex colour times it.
            let opaque = (rgba[0] << 16) | (rgba[1] << 8) | rgba[2];
            for p in dst {
                let ix = x >> 16;
                let wx = ((x >> 8) & 0xff) as u32;
                x += dx;
                let (a, b) = (ix.clamp(0, last) as usize, (ix + 1).clamp(0, last) as usize);
                let at = |row: &[u8], i: usize| u32::from(row.get(i).copied().unwrap_or(0));
                let (c00, c10, c01, c11) = (at(c0, a), at(c0, b), at(c1, a), at(c1, b));
                if (c00 | c10 | c01 | c11) == 0 {
                    continue;
                }
                let cover = if (c00 & c10 & c01 & c11) == 255 {
                    255
                } else {
                    (lerp(c00, c10, wx) * (256 - wy) + lerp(c01, c11, wx) * wy + (1 << 15)) >> 16
                };
                if cover >= 255 && rgba[3] >= 255 {
                    *p = opaque;
                } else {
                    *p = blend(*p, rgba.map(|c| div255(c * cover)));
                }
            }
            return;
        }
        let texel = |i: usize| self.texels.get(i).copied().unwrap_or([0; 4]);
        for p in dst {
            let ix = x >> 16;
            let wx = ((x >> 8) & 0xff) as u32;
            x += dx;
            let (a, b) = (ix.clamp(0, last) as usize, (ix + 1).clamp(0, last) as usize);
            let (t00, t10, t01, t11) = (texel(r0 + a), texel(r0 + b), texel(r1 + a), texel(r1 + b));
            if (t00[3] | t10[3] | t01[3] | t11[3]) == 0 && (t00[0] | t10[0] | t01[0] | t11[0]) == 0 {
                continue;
            }
            let texel: [u32; 4] = [0, 1, 2, 3].map(|k| {
                let top = lerp(u32::from(t00[k]), u32::from(t10[k]), wx);
                let bottom = lerp(u32::from(t01[k]), u32::from(t11[k]), wx);
                (top * (256 - wy) + bottom * wy + (1 << 15)) >> 16
            });
            let src = [0, 1, 2, 3].map(|k| div255(rgba[k] * texel[k]));
            *p = blend(*p, src);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Align2, Color32, FontId, Rect, pos2, vec2};

    const W: usize = 400;
    const H: usize = 300;

    fn input() -> egui::RawInput {
        egui::RawInput {
            screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(W as f32, H as f32))),
            ..Default::default()
        }
    }

    /// A frame of a small timer: a background that turns red at second 5, the time left in big
    /// text, a rounded bar that grows, a line of text.
    fn timer(ctx: &egui::Context, t: u32) -> egui::FullOutput {
        ctx.run_ui(input(), |ui| {
            let painter = ui.painter().clone();
            let bg = if t < 5 { Color32::from_rgb(0, 60, 20) } else { Color32::from_rgb(176, 0, 32) };
            painter.rect_filled(Rect::from_min_size(pos2(0.0, 0.0), vec2(W as f32, H as f32)), 0.0, bg);
            let left = 299 - t;
            painter.text(
                pos2(200.0, 120.0),
                Align2::CENTER_CENTER,
                format!("{:02}:{:02}", left / 60, left % 60),
                FontId::proportional(90.0),
                Color32::WHITE,
            );
            painter.rect_filled(
                Rect::from_min_size(pos2(20.0, 250.0), vec2(t as f32 * 10.5, 12.0)),
                4.0,
                Color32::WHITE,
            );
            ui.label(format!("{t} s into the slot"));
        })
    }

    fn paint(canvas: &mut Canvas, ctx: &egui::Context, out: &egui::FullOutput) -> Vec<PxRect> {
        let prims = ctx.tessellate(out.shapes.clone(), out.pixels_per_point);
        canvas.paint(W, H, out.pixels_per_point, &prims, &out.textures_delta)
    }

    #[test]
    fn drawing_only_what_changed_gives_the_pixels_a_whole_redraw_gives() {
        let ctx = egui::Context::default();
        let (mut changed, mut whole) = (Canvas::new(), Canvas::new());
        for t in 0..12 {
            let mut out = timer(&ctx, t);
            paint(&mut changed, &ctx, &out);
            whole.forget();
            let all = paint(&mut whole, &ctx, &out);
            out.textures_delta.clear();
            assert_eq!(all, vec![PxRect::whole(W, H)], "a forgotten canvas is drawn whole");
            let differ = changed.pixels().iter().zip(whole.pixels()).filter(|(a, b)| a != b).count();
            assert_eq!(differ, 0, "second {t}: {differ} pixels differ from a whole redraw");
        }
    }

    #[test]
    fn a_second_later_only_the_digits_the_bar_and_the_line_are_drawn_again() {
        let ctx = egui::Context::default();
        let mut canvas = Canvas::new();
        let mut areas = Vec::new();
        for t in 0..7 {
            let mut out = timer(&ctx, t);
            let damage = paint(&mut canvas, &ctx, &out);
            out.textures_delta.clear();
            areas.push(damage.iter().map(PxRect::area).sum::<i64>());
            assert!(damage.len() <= MAX_RECTS);
        }
        let all = PxRect::whole(W, H).area();
        assert_eq!(areas[0], all, "the first frame is drawn whole");
        for t in [2, 3, 4, 6] {
            assert!(areas[t] > 0, "second {t} changed something");
            assert!(areas[t] < all / 4, "second {t} drew {} of {all} pixels", areas[t]);
        }
        assert_eq!(areas[5], all, "the background changed colour: everything is drawn again");
    }

    #[test]
    fn a_frame_like_the_last_draws_nothing() {
        let ctx = egui::Context::default();
        let mut canvas = Canvas::new();
        for pass in 0..3 {
            let mut out = timer(&ctx, 3);
            let damage = paint(&mut canvas, &ctx, &out);
            out.textures_delta.clear();
            if pass == 2 {
                assert_eq!(damage, Vec::new(), "nothing changed, nothing drawn");
            }
        }
    }

    #[test]
    fn a_rectangle_covers_exactly_its_pixels_and_blends_as_opengl_does() {
        let ctx = egui::Context::default();
        ctx.tessellation_options_mut(|o| o.feathering = false);
        let mut canvas = Canvas::new();
        canvas.set_background([0.0, 0.0, 0.0, 1.0]);
        let mut out = ctx.run_ui(input(), |ui| {
            let p = ui.painter();
            p.rect_filled(Rect::from_min_max(pos2(10.0, 10.0), pos2(20.0, 15.0)), 0.0, Color32::RED);
            p.rect_filled(
                Rect::from_min_max(pos2(30.0, 10.0), pos2(31.0, 11.0)),
                0.0,
                Color32::from_rgba_unmultiplied(255, 0, 0, 128),
            );
        });
        paint(&mut canvas, &ctx, &out);
        out.textures_delta.clear();
        let at = |x: usize, y: usize| canvas.pixels()[y * W + x];
        let red: usize = canvas.pixels().iter().filter(|p| **p == 0xff_00_00).count();
        assert_eq!(red, 10 * 5, "the 10×5 rectangle and nothing else");
        assert_eq!(
            (at(10, 10), at(19, 14), at(20, 14), at(19, 15), at(9, 10)),
            (0xff0000, 0xff0000, 0, 0, 0)
        );
        assert_eq!(
            at(30, 10),
            0x80_00_00,
            "half-transparent red over black, as premultiplied blending gives"
        );
    }

    #[test]
    fn close_rectangles_merge_and_at_most_six_are_kept() {
        let r = |x: i32, y: i32| PxRect { x0: x, y0: y, x1: x + 10, y1: y + 10 };
        assert_eq!(merge(vec![r(0, 0), r(12, 0)]), vec![PxRect { x0: 0, y0: 0, x1: 22, y1: 10 }]);
        let far: Vec<PxRect> = (0..10).map(|i| r(i * 100, i * 50)).collect();
        let merged = merge(far.clone());
        assert_eq!(merged.len(), MAX_RECTS);
        for f in &far {
            assert!(merged.iter().any(|m| m.intersect(f) == *f), "{f:?} is still covered");
        }
    }
}
