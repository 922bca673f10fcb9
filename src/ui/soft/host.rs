//! The event loop of the chair window and the projector window, both drawn by the processor
//! (docs/PERFORMANCE.md, "Both windows drawn by the processor"): egui_winit turns the windows'
//! events into egui input and the apps' viewport builders and commands into window calls, as it
//! does inside eframe; [`Canvas`] rasterises each pass and softbuffer presents the rectangles
//! that changed (X11: a shared-memory `PutImage` per rectangle; Wayland: `wl_shm` with damage).
//!
//! What eframe did for the chair window is done here: the window opens hidden, AccessKit is set
//! up before it shows (screen readers), settings are kept in the same `app.ron` (read and written
//! as eframe writes it: a RON map of strings, written to a temporary file and renamed), saved
//! every 30 seconds and on closing; the close button asks the app first (`CancelClose`).
//! `CHAIRTIME_RENDERER=gl` runs eframe's OpenGL windows instead.

#![expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "pixel rows and spans of a rectangle already clipped to the window; a scale factor"
)]

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use eframe::UserEvent;
use egui::{ViewportBuilder, ViewportCommand, ViewportId, ViewportInfo};
use egui_winit::accesskit_winit;
use winit::application::ApplicationHandler;
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop, EventLoopProxy, OwnedDisplayHandle};
use winit::window::{Window, WindowId};

use super::raster::{Canvas, PxRect};
use crate::ui::app::ChairApp;
use crate::ui::fonts::Fonts;
use crate::ui::projector::{self, Feed};
use crate::ui::window::FONT_ATLAS_SIDE;

/// The projector window's id in the event loop's repaint requests.
fn projector_id() -> ViewportId {
    ViewportId::from_hash_of("chairtime software projector")
}

/// However little changed, the whole window is sent to the screen this often (what an uncovered
/// area the window system did not tell of shows at most this long).
const WHOLE_EVERY: Duration = Duration::from_secs(5);

/// How often the settings are saved while the window is open (eframe's interval).
const SAVE_EVERY: Duration = Duration::from_secs(30);

/// The storage key of the chair window's place and size (points: x, y, width, height).
const WINDOW_KEY: &str = "chairtime-window";

/// What the chair window wants of the projector window, read by the event loop between events.
#[derive(Default)]
struct Wanted {
    /// `Some`: open, as this builder says; `None`: closed.
    builder: Option<ViewportBuilder>,
    commands: Vec<ViewportCommand>,
    feed: Option<Arc<Mutex<Feed>>>,
    fonts: Option<Fonts>,
}

/// The chair window's handle on the projector window.
#[derive(Clone)]
pub struct Host {
    wanted: Arc<Mutex<Wanted>>,
    /// The projector's own egui context (not the chair window's).
    ctx: egui::Context,
    proxy: EventLoopProxy<UserEvent>,
}

impl std::fmt::Debug for Host {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Host").finish_non_exhaustive()
    }
}

/// A context whose repaint requests wake the event loop as requests for `id`.
fn context(proxy: &EventLoopProxy<UserEvent>, id: ViewportId) -> egui::Context {
    let ctx = egui::Context::default();
    let waker = proxy.clone();
    ctx.set_request_repaint_callback(move |info| {
        // A closed event loop has no windows left to wake.
        let _ = waker.send_event(UserEvent::RequestRepaint {
            viewport_id: id,
            when: Instant::now() + info.delay,
            cumulative_pass_nr: info.current_cumulative_pass_nr,
        });
    });
    ctx
}

impl Host {
    fn wanted(&self) -> std::sync::MutexGuard<'_, Wanted> {
        self.wanted.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn nudge(&self) {
        let _ = self.proxy.send_event(UserEvent::RequestRepaint {
            viewport_id: projector_id(),
            when: Instant::now(),
            cumulative_pass_nr: 0,
        });
    }

    /// Opens the window (or keeps it open) as `builder` says, showing `feed`.
    pub fn show(&self, builder: ViewportBuilder, feed: &Arc<Mutex<Feed>>, fonts: &Fonts) {
        let mut w = self.wanted();
        if w.feed.as_ref().is_none_or(|f| !Arc::ptr_eq(f, feed)) {
            w.feed = Some(Arc::clone(feed));
            w.fonts = Some(fonts.clone());
        }
        if w.builder.as_ref() != Some(&builder) {
            w.builder = Some(builder);
            drop(w);
            self.nudge();
        }
    }

    /// Closes the window.
    pub fn hide(&self) {
        let mut w = self.wanted();
        if w.builder.take().is_some() {
            w.feed = None;
            drop(w);
            self.nudge();
        }
    }

    /// A command for the window (full screen, another monitor…), as for an egui viewport.
    pub fn command(&self, command: ViewportCommand) {
        self.wanted().commands.push(command);
        self.nudge();
    }

    /// Asks for a pass of the window soon (the model changed).
    pub fn wake(&self) {
        self.ctx.request_repaint_after(Duration::from_millis(1));
    }
}

/// Opens the chair window drawn by the processor and runs until it closes. `make` builds the app
/// from a creation context whose storage is `app.ron` at `storage` (eframe's file).
///
/// # Errors
/// No display, or the window could not be made or drawn into.
pub fn run(
    viewport: ViewportBuilder,
    storage: Option<PathBuf>,
    make: impl FnOnce(&eframe::CreationContext<'_>) -> Result<ChairApp, String>,
) -> Result<(), String> {
    let event_loop = EventLoop::<UserEvent>::with_user_event().build().map_err(|e| e.to_string())?;
    let proxy = event_loop.create_proxy();
    let chair_ctx = context(&proxy, ViewportId::ROOT);
    // The projector is a window of its own here, not a viewport inside the chair's context.
    chair_ctx.set_embed_viewports(false);
    let store = Store::load(storage);
    let mut cc = eframe::CreationContext::_new_kittest(chair_ctx.clone());
    cc.storage = Some(&store);
    let mut app = make(&cc)?;
    let host = Host { wanted: Arc::default(), ctx: context(&proxy, projector_id()), proxy: proxy.clone() };
    app.set_projector_host(Some(host.clone()));
    let viewport = store
        .window_place()
        .map_or(viewport.clone(), |(at, size)| viewport.with_position(at).with_inner_size(size));
    let mut runner = Runner {
        chair: Chair {
            app,
            ctx: chair_ctx,
            store,
            viewport,
            window: None,
            next: None,
            saved: Instant::now(),
        },
        host,
        proxy,
        projector: None,
        next: None,
        started: Instant::now(),
        failure: None,
    };
    event_loop.run_app(&mut runner).map_err(|e| e.to_string())?;
    runner.failure.map_or(Ok(()), Err)
}

/// A window drawn by the processor: winit's window, egui_winit's input state, the canvas kept
/// between frames and softbuffer's surface.
struct SoftWindow {
    window: Arc<Window>,
    surface: softbuffer::Surface<OwnedDisplayHandle, Arc<Window>>,
    context: softbuffer::Context<OwnedDisplayHandle>,
    /// The largest area (pixels) the surface has been given.
    largest: u64,
    state: egui_winit::State,
    info: ViewportInfo,
    canvas: Canvas,
    /// The builder the window was made or last patched with.
    builder: ViewportBuilder,
    /// The rectangles presented in the last frames (a buffer handed back older than the last
    /// frame needs them too).
    presented: Vec<Vec<PxRect>>,
    /// Whether the screen may not show the canvas any more (the window was uncovered, moved or
    /// resized): the next frame sends all of it. X11 turns an uncovered area (`Expose`) into a
    /// redraw request indistinguishable from ours, so its visibility changes stand in for it,
    /// and every [`WHOLE_EVERY`] the whole window is sent anyway.
    stale: bool,
    /// When the whole window was last sent.
    sent_whole: Instant,
    /// Whether a frame has been shown (the window opens hidden until then).
    shown: bool,
}

impl SoftWindow {
    fn open(
        event_loop: &ActiveEventLoop,
        ctx: &egui::Context,
        builder: &ViewportBuilder,
    ) -> Result<Self, String> {
        let hidden = builder.clone().with_visible(false);
        let window =
            Arc::new(egui_winit::create_window(ctx, event_loop, &hidden).map_err(|e| e.to_string())?);
        let context =
            softbuffer::Context::new(event_loop.owned_display_handle()).map_err(|e| e.to_string())?;
        let surface = softbuffer::Surface::new(&context, Arc::clone(&window)).map_err(|e| e.to_string())?;
        let state = egui_winit::State::new(
            ctx.clone(),
            ViewportId::ROOT,
            event_loop,
            Some(window.scale_factor() as f32),
            window.theme(),
            Some(FONT_ATLAS_SIDE),
        );
        let mut info = ViewportInfo::default();
        egui_winit::update_viewport_info(&mut info, ctx, &window, true);
        Ok(Self {
            window,
            surface,
            context,
            largest: 0,
            state,
            info,
            canvas: Canvas::new(),
            builder: builder.clone(),
            presented: Vec::new(),
            stale: true,
            sent_whole: Instant::now(),
            shown: false,
        })
    }

    /// The input for a pass of this window.
    fn input(&mut self, ctx: &egui::Context, started: Instant) -> egui::RawInput {
        egui_winit::update_viewport_info(&mut self.info, ctx, &self.window, false);
        let mut input = self.state.take_egui_input(&self.window);
        input.viewports = std::iter::once((ViewportId::ROOT, self.info.clone())).collect();
        input.time = Some(started.elapsed().as_secs_f64());
        input.max_texture_side = Some(FONT_ATLAS_SIDE);
        self.info.events.clear();
        input
    }

    /// Draws a pass's output and applies its commands; the delay before the pass it asks for.
    fn show(&mut self, ctx: &egui::Context, mut output: egui::FullOutput, name: &str) -> Option<Duration> {
        self.state.handle_platform_output(&self.window, output.platform_output);
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        let size = self.window.inner_size();
        let (w, h) = (size.width.max(1), size.height.max(1));
        let damage = self.canvas.paint(
            w as usize,
            h as usize,
            output.pixels_per_point,
            &primitives,
            &output.textures_delta,
        );
        // Applied (and freed) by the canvas.
        output.textures_delta.clear();
        let whole = std::mem::take(&mut self.stale) || self.sent_whole.elapsed() >= WHOLE_EVERY;
        if whole {
            self.sent_whole = Instant::now();
        }
        if let Err(e) = present(self, w, h, damage, whole, name) {
            eprintln!("chairtime: the {name} window could not be drawn: {e}"); // l10n-exempt: a diagnostic for the terminal
        }
        if !self.shown {
            self.shown = true;
            if self.builder.visible != Some(false) {
                self.window.set_visible(true);
            }
        }
        let out = output.viewport_output.get(&ViewportId::ROOT)?;
        let commands: Vec<ViewportCommand> =
            out.commands.iter().filter(|c| **c != ViewportCommand::CancelClose).cloned().collect();
        if !commands.is_empty() {
            let mut actions = Vec::new();
            egui_winit::process_viewport_commands(ctx, &mut self.info, commands, &self.window, &mut actions);
        }
        (out.repaint_delay < Duration::from_secs(24 * 3600)).then_some(out.repaint_delay)
    }

    /// A window event that is not a redraw: to egui; `true` when a pass is wanted.
    fn on_event(&mut self, event: &WindowEvent) -> bool {
        if let WindowEvent::CloseRequested = event {
            self.info.events.push(egui::ViewportEvent::Close);
            return true;
        }
        let response = self.state.on_window_event(&self.window, event);
        if matches!(event, WindowEvent::Resized(_) | WindowEvent::ScaleFactorChanged { .. }) {
            self.canvas.forget();
        }
        if matches!(event, WindowEvent::Occluded(_) | WindowEvent::Moved(_) | WindowEvent::Resized(_)) {
            self.stale = true;
            return true;
        }
        response.repaint
    }
}

/// Copies the changed rectangles of the canvas to the window's buffer and presents them (the
/// whole canvas when `whole`).
fn present(
    p: &mut SoftWindow,
    w: u32,
    h: u32,
    damage: Vec<PxRect>,
    whole: bool,
    name: &str,
) -> Result<(), softbuffer::SoftBufferError> {
    let (Some(nw), Some(nh)) = (std::num::NonZeroU32::new(w), std::num::NonZeroU32::new(h)) else {
        return Ok(());
    };
    // softbuffer keeps its shared memory at the largest size the window had: a window made much
    // smaller (out of full screen) gets a new surface, so the memory follows the window.
    let area = u64::from(w) * u64::from(h);
    if area.saturating_mul(4) < p.largest {
        p.surface = softbuffer::Surface::new(&p.context, Arc::clone(&p.window))?;
        p.presented.clear();
        p.largest = 0;
    }
    p.largest = p.largest.max(area);
    p.surface.resize(nw, nh)?;
    let mut buffer = p.surface.buffer_mut()?;
    let age = usize::from(buffer.age());
    let width = w as usize;
    let all = PxRect::whole(width, h as usize);
    // The buffer handed back holds the frame of `age` presents ago: it needs what changed since.
    let copy: Vec<PxRect> = if age == 0 || age > p.presented.len() + 1 {
        vec![all]
    } else {
        p.presented.iter().rev().take(age - 1).flatten().chain(&damage).copied().collect()
    };
    let source = p.canvas.pixels();
    for r in &copy {
        let r = r.intersect(&all);
        for y in r.y0..r.y1 {
            let row = y as usize * width;
            let span = row + r.x0 as usize..row + r.x1 as usize;
            if let (Some(to), Some(from)) = (buffer.get_mut(span.clone()), source.get(span)) {
                to.copy_from_slice(from);
            }
        }
    }
    let rects: Vec<softbuffer::Rect> = damage
        .iter()
        .filter_map(|r| {
            let r = r.intersect(&all);
            Some(softbuffer::Rect {
                x: u32::try_from(r.x0).ok()?,
                y: u32::try_from(r.y0).ok()?,
                width: std::num::NonZeroU32::new(u32::try_from(r.width()).ok()?)?,
                height: std::num::NonZeroU32::new(u32::try_from(r.height()).ok()?)?,
            })
        })
        .collect();
    if crate::ui::tracing_frames() {
        let pixels: i64 = if age == 0 || whole { all.area() } else { damage.iter().map(PxRect::area).sum() };
        eprintln!("{name} presents {pixels} pixels"); // l10n-exempt: a trace for scripts
    }
    p.presented.push(damage);
    if p.presented.len() > 3 {
        p.presented.remove(0);
    }
    if age == 0 || whole {
        buffer.present()
    } else if rects.is_empty() {
        // Nothing changed: nothing to send.
        Ok(())
    } else {
        buffer.present_with_damage(&rects)
    }
}

/// The chair window: the app, its context and storage, its window once open.
struct Chair {
    app: ChairApp,
    ctx: egui::Context,
    store: Store,
    viewport: ViewportBuilder,
    window: Option<SoftWindow>,
    next: Option<Instant>,
    saved: Instant,
}

struct Runner {
    chair: Chair,
    host: Host,
    proxy: EventLoopProxy<UserEvent>,
    projector: Option<SoftWindow>,
    /// When the projector window wants its next pass.
    next: Option<Instant>,
    started: Instant,
    /// Why the windows could not be made.
    failure: Option<String>,
}

/// The earlier of two instants, either of which may be missing.
fn earliest(a: Option<Instant>, b: Instant) -> Option<Instant> {
    Some(a.map_or(b, |a| a.min(b)))
}

impl Runner {
    fn open_chair(&mut self, event_loop: &ActiveEventLoop) {
        if self.chair.window.is_some() {
            return;
        }
        match SoftWindow::open(event_loop, &self.chair.ctx, &self.chair.viewport) {
            Ok(mut w) => {
                // Before the window shows: AccessKit's adapter wants a hidden window.
                w.state.init_accesskit(event_loop, &w.window, self.proxy.clone());
                w.window.request_redraw();
                self.chair.window = Some(w);
            }
            Err(why) => {
                self.failure = Some(why);
                event_loop.exit();
            }
        }
    }

    /// A pass of the chair window; closes the loop when the chair window closed.
    fn paint_chair(&mut self, event_loop: &ActiveEventLoop) {
        let chair = &mut self.chair;
        chair.next = None;
        let Some(w) = chair.window.as_mut() else { return };
        let mut input = w.input(&chair.ctx, self.started);
        eframe::App::raw_input_hook(&mut chair.app, &chair.ctx, &mut input);
        let close = input.viewport().close_requested();
        let window = Arc::clone(&w.window);
        let app = &mut chair.app;
        let output = chair.ctx.run_ui(input, |ui| {
            ChairApp::logic(app, ui.ctx());
            app.look_at_screens(Some(&window));
            app.draw(ui);
        });
        w.canvas.set_background(eframe::App::clear_color(&chair.app, &chair.ctx.global_style().visuals));
        let cancelled = output
            .viewport_output
            .get(&ViewportId::ROOT)
            .is_some_and(|o| o.commands.contains(&ViewportCommand::CancelClose));
        if let Some(delay) = w.show(&chair.ctx, output, "chair") {
            chair.next = earliest(chair.next, Instant::now() + delay);
        }
        if close && !cancelled {
            self.close(event_loop);
            return;
        }
        if self.chair.saved.elapsed() >= SAVE_EVERY {
            self.save();
        }
        self.reconcile(event_loop);
    }

    fn save(&mut self) {
        let chair = &mut self.chair;
        chair.saved = Instant::now();
        eframe::App::save(&mut chair.app, &mut chair.store);
        if let Some(w) = &chair.window {
            let ppp = chair.ctx.pixels_per_point();
            if let Some(r) = egui_winit::outer_rect_in_points(&w.window, ppp)
                && let Some(inner) = egui_winit::inner_rect_in_points(&w.window, ppp)
            {
                chair.store.set_window_place(r.min, inner.size());
            }
        }
        eframe::Storage::flush(&mut chair.store);
    }

    fn close(&mut self, event_loop: &ActiveEventLoop) {
        self.finish();
        event_loop.exit();
    }

    /// Saves, tells the app it is closing and drops the windows (once: a closed chair window
    /// has nothing left to finish).
    fn finish(&mut self) {
        if self.chair.window.is_none() {
            return;
        }
        self.save();
        eframe::App::on_exit(&mut self.chair.app, None);
        self.projector = None;
        self.chair.window = None;
    }

    /// Opens, changes or closes the projector window as the chair window last asked.
    fn reconcile(&mut self, event_loop: &ActiveEventLoop) {
        let (builder, commands, fonts) = {
            let mut w = self.host.wanted();
            (w.builder.clone(), std::mem::take(&mut w.commands), w.fonts.clone())
        };
        match (builder, self.projector.as_mut()) {
            (None, Some(_)) => {
                self.projector = None;
                self.next = None;
            }
            (Some(builder), None) => {
                let ctx = &self.host.ctx;
                if let Some(fonts) = fonts {
                    fonts.install_in(ctx);
                }
                ctx.set_theme(self.chair.ctx.theme());
                crate::ui::set_up_text(ctx);
                match SoftWindow::open(event_loop, ctx, &builder) {
                    Ok(mut p) => {
                        let mut actions = Vec::new();
                        egui_winit::process_viewport_commands(
                            ctx,
                            &mut p.info,
                            commands,
                            &p.window,
                            &mut actions,
                        );
                        p.window.request_redraw();
                        self.projector = Some(p);
                    }
                    Err(why) => {
                        eprintln!("chairtime: the projector window could not be opened: {why}"); // l10n-exempt: a diagnostic for the terminal
                        self.host.wanted().builder = None;
                    }
                }
            }
            (Some(builder), Some(p)) => {
                let (mut patch, recreate) = p.builder.patch(builder);
                if recreate {
                    self.projector = None;
                    self.host.wanted().commands.extend(commands);
                    self.reconcile(event_loop);
                    return;
                }
                patch.extend(commands);
                if !patch.is_empty() {
                    let mut actions = Vec::new();
                    egui_winit::process_viewport_commands(
                        &self.host.ctx,
                        &mut p.info,
                        patch,
                        &p.window,
                        &mut actions,
                    );
                    p.window.request_redraw();
                }
            }
            (None, None) => {}
        }
    }

    /// A pass of the projector window.
    fn paint_projector(&mut self) {
        self.next = None;
        let feed = self.host.wanted().feed.clone();
        let (Some(p), Some(feed)) = (self.projector.as_mut(), feed) else { return };
        let ctx = &self.host.ctx;
        let input = p.input(ctx, self.started);
        let mut tell = false;
        let output = ctx
            .run_ui(input, |ui| tell |= projector::own_window_pass(ui, &feed, projector::Drawn::ByProcessor));
        if tell {
            self.chair.next = Some(Instant::now());
        }
        if let Some(delay) = p.show(ctx, output, "projector") {
            self.next = earliest(self.next, Instant::now() + delay);
        }
    }

    /// Asks for the passes that are due.
    fn redraw_due(&mut self) {
        let now = Instant::now();
        if let (Some(t), Some(w)) = (self.chair.next, self.chair.window.as_mut())
            && t <= now
        {
            self.chair.next = None;
            w.window.request_redraw();
        }
        if let (Some(t), Some(p)) = (self.next, self.projector.as_mut())
            && t <= now
        {
            self.next = None;
            p.window.request_redraw();
        }
    }
}

impl ApplicationHandler<UserEvent> for Runner {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        self.open_chair(event_loop);
    }

    fn new_events(&mut self, _event_loop: &ActiveEventLoop, _cause: winit::event::StartCause) {
        self.redraw_due();
    }

    fn user_event(&mut self, event_loop: &ActiveEventLoop, event: UserEvent) {
        match event {
            UserEvent::RequestRepaint { viewport_id, when, .. } if viewport_id == projector_id() => {
                self.next = earliest(self.next, when);
                self.reconcile(event_loop);
            }
            UserEvent::RequestRepaint { when, .. } => self.chair.next = earliest(self.chair.next, when),
            UserEvent::AccessKitActionRequest(event) => {
                let Some(w) = self.chair.window.as_mut().filter(|w| w.window.id() == event.window_id) else {
                    return;
                };
                match event.window_event {
                    accesskit_winit::WindowEvent::InitialTreeRequested => {
                        self.chair.ctx.enable_accesskit();
                        w.window.request_redraw();
                    }
                    accesskit_winit::WindowEvent::ActionRequested(request) => {
                        w.state.on_accesskit_action_request(request);
                        w.window.request_redraw();
                    }
                    accesskit_winit::WindowEvent::AccessibilityDeactivated => {
                        self.chair.ctx.disable_accesskit();
                    }
                }
            }
        }
        self.redraw_due();
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, window_id: WindowId, event: WindowEvent) {
        let is_chair = self.chair.window.as_ref().is_some_and(|w| w.window.id() == window_id);
        let is_projector = self.projector.as_ref().is_some_and(|w| w.window.id() == window_id);
        if let WindowEvent::RedrawRequested = event {
            if is_chair {
                self.paint_chair(event_loop);
            } else if is_projector {
                self.paint_projector();
            }
            return;
        }
        let window = if is_chair {
            self.chair.window.as_mut()
        } else if is_projector {
            self.projector.as_mut()
        } else {
            None
        };
        if let Some(w) = window
            && w.on_event(&event)
        {
            w.window.request_redraw();
        }
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        self.reconcile(event_loop);
        self.redraw_due();
        let next =
            [self.chair.next, self.next.filter(|_| self.projector.is_some())].into_iter().flatten().min();
        event_loop.set_control_flow(next.map_or(ControlFlow::Wait, ControlFlow::WaitUntil));
    }

    fn exiting(&mut self, _event_loop: &ActiveEventLoop) {
        self.finish();
    }
}

/// eframe's `app.ron`: a RON map of strings, read at start and written whole on flush (a
/// temporary file renamed over it, so a crash leaves the old one or the new one).
struct Store {
    path: Option<PathBuf>,
    map: HashMap<String, String>,
}

impl Store {
    fn load(path: Option<PathBuf>) -> Self {
        let map = path
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|text| ron::from_str::<HashMap<String, String>>(&text).ok())
            .unwrap_or_default();
        Self { path, map }
    }

    /// The chair window's place and size when it was last closed (points).
    fn window_place(&self) -> Option<(egui::Pos2, egui::Vec2)> {
        let text = self.map.get(WINDOW_KEY)?;
        let v: Vec<f32> = text.split(',').filter_map(|n| n.trim().parse().ok()).collect();
        match v.as_slice() {
            [x, y, w, h] if *w >= 100.0 && *h >= 100.0 => Some((egui::pos2(*x, *y), egui::vec2(*w, *h))),
            _ => None,
        }
    }

    fn set_window_place(&mut self, at: egui::Pos2, size: egui::Vec2) {
        self.map.insert(WINDOW_KEY.to_owned(), format!("{},{},{},{}", at.x, at.y, size.x, size.y));
    }
}

impl eframe::Storage for Store {
    fn get_string(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.map.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.map.remove(key);
    }

    fn flush(&mut self) {
        let Some(path) = &self.path else { return };
        let Ok(text) = ron::ser::to_string_pretty(&self.map, ron::ser::PrettyConfig::default()) else {
            return;
        };
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let temp = path.with_extension("ron.tmp");
        let written = std::fs::write(&temp, text).and_then(|()| std::fs::rename(&temp, path));
        if let Err(e) = written {
            eprintln!("chairtime: the settings could not be saved in {}: {e}", path.display()); // l10n-exempt: a diagnostic for the terminal
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eframe::Storage as _;

    #[test]
    fn settings_written_are_read_back_and_an_eframe_file_is_read() {
        let dir = std::env::temp_dir().join(format!("chairtime-store-{}", std::process::id()));
        let path = dir.join("app.ron");
        let mut store = Store::load(Some(path.clone()));
        store.set_string("chairtime-settings", "(light: true)".to_owned());
        store.set_window_place(egui::pos2(10.0, 20.0), egui::vec2(1280.0, 800.0));
        store.flush();
        let again = Store::load(Some(path.clone()));
        assert_eq!(again.get_string("chairtime-settings").as_deref(), Some("(light: true)"));
        assert_eq!(again.window_place(), Some((egui::pos2(10.0, 20.0), egui::vec2(1280.0, 800.0))));
        // As eframe writes it (a RON map of strings), with keys chairtime does not use.
        std::fs::write(&path, "{\n    \"egui\": \"(…)\",\n    \"chairtime-settings\": \"(x: 1)\",\n}")
            .unwrap_or_default();
        let theirs = Store::load(Some(path));
        assert_eq!(theirs.get_string("chairtime-settings").as_deref(), Some("(x: 1)"));
        assert_eq!(theirs.window_place(), None, "no place saved: the window opens where the desktop puts it");
        let _ = std::fs::remove_dir_all(dir);
    }
}
