//! The event loop that carries eframe's chair window and the projector window of chairtime's
//! own (eframe 0.37's `create_native`: "run on your own event loop with other windows you
//! manage"), and the handle through which the chair window opens, moves and wakes it.
//!
//! The chair window says what it wants with the same [`ViewportBuilder`] and
//! [`ViewportCommand`]s it would give an egui viewport; egui_winit turns them into the window's
//! attributes and calls, as it does for eframe. The projector's passes run
//! [`projector::own_window_pass`] in an egui context of their own, fed by the same
//! [`projector::Feed`]; [`Canvas`] rasterises them, and softbuffer presents the changed
//! rectangles (X11: a shared-memory `PutImage` per rectangle).

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use eframe::{EframeWinitApplication, UserEvent};
use egui::{ViewportBuilder, ViewportCommand, ViewportId, ViewportInfo};
use winit::application::ApplicationHandler;
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop, EventLoopProxy, OwnedDisplayHandle};
use winit::window::{Window, WindowId};

use super::raster::{Canvas, PxRect};
use crate::ui::fonts::Fonts;
use crate::ui::projector::{self, Feed};
use crate::ui::window::FONT_ATLAS_SIDE;

/// The projector window's id in the event loop's repaint requests (eframe knows no viewport by
/// it: the requests are taken before they reach eframe).
fn projector_id() -> ViewportId {
    ViewportId::from_hash_of("chairtime software projector")
}

/// What the chair window wants of the projector window, read by the event loop between events.
#[derive(Default)]
struct Wanted {
    /// `Some`: open, as this builder says; `None`: closed.
    builder: Option<ViewportBuilder>,
    commands: Vec<ViewportCommand>,
    feed: Option<Arc<Mutex<Feed>>>,
    fonts: Option<Fonts>,
    /// Why the window could not be drawn this way (the chair window then uses eframe's).
    failed: Option<String>,
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

impl Host {
    fn new(proxy: EventLoopProxy<UserEvent>) -> Self {
        let ctx = egui::Context::default();
        let waker = proxy.clone();
        ctx.set_request_repaint_callback(move |info| {
            let when = Instant::now() + info.delay;
            // A closed event loop has no windows left to wake.
            let _ = waker.send_event(UserEvent::RequestRepaint {
                viewport_id: projector_id(),
                when,
                cumulative_pass_nr: info.current_cumulative_pass_nr,
            });
        });
        Self { wanted: Arc::default(), ctx, proxy }
    }

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

    /// Whether the window can be drawn this way (`false` after it failed: the chair window
    /// then opens eframe's viewport instead).
    pub fn works(&self) -> bool {
        self.wanted().failed.is_none()
    }

    /// Why it could not, once.
    pub fn failure(&self) -> Option<String> {
        self.wanted().failed.clone()
    }

    /// Opens the window (or keeps it open) as `builder` says, showing `feed`.
    pub fn show(&self, builder: ViewportBuilder, feed: &Arc<Mutex<Feed>>, fonts: &Fonts) {
        let mut w = self.wanted();
        let opening = w.builder.is_none();
        if w.builder.as_ref() != Some(&builder) {
            w.builder = Some(builder);
            drop(w);
            self.nudge();
            w = self.wanted();
        }
        if opening || w.feed.as_ref().is_none_or(|f| !Arc::ptr_eq(f, feed)) {
            w.feed = Some(Arc::clone(feed));
            w.fonts = Some(fonts.clone());
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

/// Runs eframe's app (the chair window) with the projector window beside it on one event loop.
/// `app_creator` gets the [`Host`] to hand to the app.
///
/// # Errors
/// The event loop or the chair window could not be made (no display).
pub fn run(
    app_name: &str,
    options: eframe::NativeOptions,
    app_creator: impl FnOnce(&eframe::CreationContext<'_>, Host) -> Result<Box<dyn eframe::App>, String> + 'static,
) -> Result<(), String> {
    let event_loop = EventLoop::<UserEvent>::with_user_event().build().map_err(|e| e.to_string())?;
    let host = Host::new(event_loop.create_proxy());
    let given = host.clone();
    let chair: Arc<std::sync::OnceLock<egui::Context>> = Arc::default();
    let set_chair = Arc::clone(&chair);
    let eframe_app = eframe::create_native(
        app_name,
        options,
        Box::new(move |cc| {
            let _ = set_chair.set(cc.egui_ctx.clone());
            app_creator(cc, given).map_err(Into::into)
        }),
        &event_loop,
    );
    let mut runner = Runner {
        eframe: eframe_app,
        host,
        chair,
        window: None,
        next: None,
        started: Instant::now(),
        asked: false,
    };
    event_loop.run_app(&mut runner).map_err(|e| e.to_string())
}

/// The live projector window.
struct Projector {
    window: Arc<Window>,
    surface: softbuffer::Surface<OwnedDisplayHandle, Arc<Window>>,
    state: egui_winit::State,
    info: ViewportInfo,
    canvas: Canvas,
    /// The builder the window was made or last patched with.
    builder: ViewportBuilder,
    /// The rectangles presented in the last frames (softbuffer's X11 buffer keeps its pixels,
    /// other platforms may hand back an older one: age).
    presented: Vec<Vec<PxRect>>,
}

struct Runner<'a> {
    eframe: EframeWinitApplication<'a>,
    host: Host,
    /// The chair window's context, to wake it when something happened in the projector.
    chair: Arc<std::sync::OnceLock<egui::Context>>,
    window: Option<Projector>,
    /// When the projector window wants its next pass.
    next: Option<Instant>,
    started: Instant,
    /// Whether the coming `RedrawRequested` is one the projector asked for (else the system
    /// asks: the window was uncovered, and all of it is sent again).
    asked: bool,
}

impl Runner<'_> {
    /// Opens, changes or closes the projector window as the chair window last asked.
    fn reconcile(&mut self, event_loop: &ActiveEventLoop) {
        let (builder, commands) = {
            let mut w = self.host.wanted();
            (w.builder.clone(), std::mem::take(&mut w.commands))
        };
        match (builder, self.window.as_mut()) {
            (None, Some(_)) => {
                self.window = None;
                self.next = None;
            }
            (Some(builder), None) => {
                match self.open(event_loop, &builder) {
                    Ok(p) => {
                        self.window = Some(p);
                        self.next = Some(Instant::now());
                    }
                    Err(why) => {
                        eprintln!("chairtime: the projector window is drawn through OpenGL instead: {why}"); // l10n-exempt: a diagnostic for the terminal
                        let mut w = self.host.wanted();
                        w.failed = Some(why);
                        w.builder = None;
                        drop(w);
                        if let Some(chair) = self.chair.get() {
                            chair.request_repaint();
                        }
                    }
                }
            }
            (Some(builder), Some(p)) => {
                let (mut patch, recreate) = p.builder.patch(builder.clone());
                if recreate {
                    self.window = None;
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
                    self.asked = true;
                }
            }
            (None, None) => {}
        }
    }

    fn open(&self, event_loop: &ActiveEventLoop, builder: &ViewportBuilder) -> Result<Projector, String> {
        let window = Arc::new(
            egui_winit::create_window(&self.host.ctx, event_loop, builder).map_err(|e| e.to_string())?,
        );
        let context =
            softbuffer::Context::new(event_loop.owned_display_handle()).map_err(|e| e.to_string())?;
        let surface = softbuffer::Surface::new(&context, Arc::clone(&window)).map_err(|e| e.to_string())?;
        let ctx = &self.host.ctx;
        let wanted = self.host.wanted();
        if let Some(fonts) = &wanted.fonts {
            fonts.install_in(ctx);
        }
        drop(wanted);
        if let Some(chair) = self.chair.get() {
            ctx.set_theme(chair.theme());
        }
        crate::ui::set_up_text(ctx);
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
        Ok(Projector {
            window,
            surface,
            state,
            info,
            canvas: Canvas::new(),
            builder: builder.clone(),
            presented: Vec::new(),
        })
    }

    /// One pass of the projector window: egui, the canvas, the changed rectangles to the screen.
    fn paint(&mut self, exposed: bool) {
        self.next = None;
        let feed = self.host.wanted().feed.clone();
        let (Some(p), Some(feed)) = (self.window.as_mut(), feed) else { return };
        let ctx = &self.host.ctx;
        egui_winit::update_viewport_info(&mut p.info, ctx, &p.window, false);
        let mut input = p.state.take_egui_input(&p.window);
        input.viewports = std::iter::once((ViewportId::ROOT, p.info.clone())).collect();
        input.time = Some(self.started.elapsed().as_secs_f64());
        input.max_texture_side = Some(FONT_ATLAS_SIDE);
        p.info.events.clear();
        let mut tell = false;
        let output = ctx
            .run_ui(input, |ui| tell |= projector::own_window_pass(ui, &feed, projector::Drawn::ByProcessor));
        if tell && let Some(chair) = self.chair.get() {
            chair.request_repaint();
        }
        p.state.handle_platform_output(&p.window, output.platform_output);
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        let size = p.window.inner_size();
        let (w, h) = (size.width.max(1), size.height.max(1));
        let damage = p.canvas.paint(
            w as usize,
            h as usize,
            output.pixels_per_point,
            &primitives,
            &output.textures_delta,
        );
        if let Err(e) = present(p, w, h, damage, exposed) {
            eprintln!("chairtime: the projector window could not be drawn: {e}"); // l10n-exempt: a diagnostic for the terminal
        }
        if let Some(out) = output.viewport_output.get(&ViewportId::ROOT) {
            if !out.commands.is_empty() {
                let mut actions = Vec::new();
                egui_winit::process_viewport_commands(
                    ctx,
                    &mut p.info,
                    out.commands.clone(),
                    &p.window,
                    &mut actions,
                );
            }
            if out.repaint_delay < Duration::from_secs(24 * 3600) {
                self.next = Some(Instant::now() + out.repaint_delay);
            }
        }
    }

    fn schedule(&mut self, when: Instant) {
        self.next = Some(self.next.map_or(when, |n| n.min(when)));
    }

    fn redraw_if_due(&mut self) {
        if let (Some(next), Some(p)) = (self.next, &self.window)
            && next <= Instant::now()
        {
            self.next = None;
            p.window.request_redraw();
            self.asked = true;
        }
    }
}

/// Copies the changed rectangles of the canvas to the window's buffer and presents them.
fn present(
    p: &mut Projector,
    w: u32,
    h: u32,
    damage: Vec<PxRect>,
    exposed: bool,
) -> Result<(), softbuffer::SoftBufferError> {
    let (Some(nw), Some(nh)) = (std::num::NonZeroU32::new(w), std::num::NonZeroU32::new(h)) else {
        return Ok(());
    };
    p.surface.resize(nw, nh)?;
    let mut buffer = p.surface.buffer_mut()?;
    let age = usize::from(buffer.age());
    let width = w as usize;
    let whole = PxRect::whole(width, h as usize);
    // The buffer handed back holds the frame of `age` presents ago: it needs what changed since.
    let copy: Vec<PxRect> = if age == 0 || age > p.presented.len() {
        vec![whole]
    } else {
        p.presented.iter().rev().take(age - 1).flatten().chain(&damage).copied().collect()
    };
    let source = p.canvas.pixels();
    for r in &copy {
        let r = r.intersect(&whole);
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
            let r = r.intersect(&whole);
            Some(softbuffer::Rect {
                x: u32::try_from(r.x0).ok()?,
                y: u32::try_from(r.y0).ok()?,
                width: std::num::NonZeroU32::new(u32::try_from(r.width()).ok()?)?,
                height: std::num::NonZeroU32::new(u32::try_from(r.height()).ok()?)?,
            })
        })
        .collect();
    if crate::ui::tracing_frames() {
        let pixels: i64 = damage.iter().map(PxRect::area).sum();
        eprintln!("projector presents {} rectangles, {pixels} pixels", rects.len()); // l10n-exempt: a trace for scripts
    }
    p.presented.push(damage);
    if p.presented.len() > 3 {
        p.presented.remove(0);
    }
    if age == 0 || exposed {
        buffer.present()
    } else if rects.is_empty() {
        // Nothing changed: nothing to send (the buffer is handed back untouched).
        Ok(())
    } else {
        buffer.present_with_damage(&rects)
    }
}

impl ApplicationHandler<UserEvent> for Runner<'_> {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        self.eframe.resumed(event_loop);
        self.reconcile(event_loop);
    }

    fn new_events(&mut self, event_loop: &ActiveEventLoop, cause: winit::event::StartCause) {
        self.eframe.new_events(event_loop, cause);
        self.redraw_if_due();
    }

    fn user_event(&mut self, event_loop: &ActiveEventLoop, event: UserEvent) {
        match event {
            UserEvent::RequestRepaint { viewport_id, when, .. } if viewport_id == projector_id() => {
                self.schedule(when);
                self.reconcile(event_loop);
                self.redraw_if_due();
            }
            event => {
                self.eframe.user_event(event_loop, event);
                self.reconcile(event_loop);
            }
        }
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, window_id: WindowId, event: WindowEvent) {
        let Some(p) = self.window.as_mut().filter(|p| p.window.id() == window_id) else {
            self.eframe.window_event(event_loop, window_id, event);
            self.reconcile(event_loop);
            return;
        };
        match event {
            WindowEvent::RedrawRequested => {
                let exposed = !std::mem::take(&mut self.asked);
                self.paint(exposed);
            }
            WindowEvent::CloseRequested => {
                p.info.events.push(egui::ViewportEvent::Close);
                p.window.request_redraw();
                self.asked = true;
            }
            WindowEvent::Destroyed => {}
            event => {
                let response = p.state.on_window_event(&p.window, &event);
                if matches!(
                    event,
                    WindowEvent::Resized(_)
                        | WindowEvent::ScaleFactorChanged { .. }
                        | WindowEvent::Occluded(false)
                ) {
                    p.canvas.forget();
                }
                if response.repaint {
                    p.window.request_redraw();
                    self.asked = true;
                }
            }
        }
    }

    fn device_event(
        &mut self,
        event_loop: &ActiveEventLoop,
        device_id: winit::event::DeviceId,
        event: winit::event::DeviceEvent,
    ) {
        self.eframe.device_event(event_loop, device_id, event);
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        self.eframe.about_to_wait(event_loop);
        self.reconcile(event_loop);
        if let (Some(next), Some(_)) = (self.next, &self.window) {
            let flow = match event_loop.control_flow() {
                ControlFlow::WaitUntil(t) => ControlFlow::WaitUntil(t.min(next)),
                ControlFlow::Wait => ControlFlow::WaitUntil(next),
                ControlFlow::Poll => ControlFlow::Poll,
            };
            event_loop.set_control_flow(flow);
        }
    }

    fn suspended(&mut self, event_loop: &ActiveEventLoop) {
        self.eframe.suspended(event_loop);
    }

    fn exiting(&mut self, event_loop: &ActiveEventLoop) {
        self.window = None;
        self.eframe.exiting(event_loop);
    }

    fn memory_warning(&mut self, event_loop: &ActiveEventLoop) {
        self.eframe.memory_warning(event_loop);
    }
}
