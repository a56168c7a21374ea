/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-chart-export"

#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "mg-chart-export.h"
#include "mg-chart-layout.h"
#include "mg-election.h"
#include "mg-state-result.h"
#include "mg-summary-render-private.h"
#include "mg-summary.h"

/* A state's seat chart as an image to share: its name, headline and the
 * line of status, time and source over the chart (hemicycle, bar,
 * majority mark, legend) that the window and the printed summary draw,
 * through the same layout. It is laid out at one width and scaled to the
 * width asked for, so an image of any size says the same. */

#define BASE_WIDTH 640.0
#define MARGIN     24.0
#define GAP        8.0

/* The chart's colours on a white page, as printed. */
static const MgChartColors colors = { { 0.1, 0.1, 0.1, 1 }, { 1, 1, 1, 1 }, { 0.1, 0.1, 0.1, 0.55 } };

/* Draws the image at BASE_WIDTH; returns its height. With @measure only
 * measures. */
static double
draw (cairo_t            *cr,
      MgElection         *election,
      MgStateResult      *state,
      MgChartLayoutFlags  flags,
      gboolean            measure)
{
  g_autoptr (PangoContext) context = mg_summary_render_chart_context (cr);
  g_autoptr (MgChartLayout) chart =
    mg_chart_layout_new_full (state, context, BASE_WIDTH - 2 * MARGIN, flags | MG_CHART_LAYOUT_LEGEND);
  g_autofree char *headline = mg_summary_dup_headline (state);
  g_autofree char *meta = mg_summary_render_dup_meta (election, state);
  const struct {
    const char *text;
    double      size;
    gboolean    bold;
    double      grey;
  } lines[] = {
    { mg_state_result_get_name (state), 18, TRUE, 0.05 },
    { headline, 12, TRUE, 0.05 },
    { meta, 9, FALSE, 0.35 },
  };
  double y = MARGIN;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr (PangoLayout) layout =
        mg_summary_render_layout (cr, lines[i].text, lines[i].size, lines[i].bold, BASE_WIDTH - 2 * MARGIN);
      PangoRectangle logical;

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      if (!measure)
        {
          cairo_set_source_rgb (cr, lines[i].grey, lines[i].grey, lines[i].grey);
          cairo_move_to (cr, MARGIN, y);
          pango_cairo_show_layout (cr, layout);
        }
      y += logical.height + 2;
    }
  y += GAP * 2;
  if (!measure)
    {
      cairo_save (cr);
      cairo_translate (cr, MARGIN, y);
      mg_chart_layout_draw (chart, cr, &colors, NULL, 1);
      cairo_restore (cr);
    }
  return ceil (y + mg_chart_layout_get_height (chart) + MARGIN);
}

/**
 * mg_chart_export_format_for:
 * @format: (out): what @path's name asks for
 *
 * Returns: %TRUE when @path ends in .svg or .png, in any case
 */
gboolean
mg_chart_export_format_for (const char          *path,
                            MgChartExportFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".svg"))
    *format = MG_CHART_EXPORT_SVG;
  else if (g_str_has_suffix (lower, ".png"))
    *format = MG_CHART_EXPORT_PNG;
  else
    return FALSE;
  return TRUE;
}

/* The image's height at BASE_WIDTH. */
static double
measure_height (MgElection         *election,
                MgStateResult      *state,
                MgChartLayoutFlags  flags)
{
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (scratch);
  double height = draw (cr, election, state, flags, TRUE);

  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return height;
}

/**
 * mg_chart_export_render:
 * @state: a state of @election, the house, or either counted by alliance
 * @width: the image's width in pixels, from %MG_CHART_EXPORT_MIN_WIDTH to
 *   %MG_CHART_EXPORT_MAX_WIDTH
 * @transparent: leave the background clear rather than white
 * @flags: %MG_CHART_LAYOUT_TWO_THIRDS for the two-thirds mark
 *
 * Returns: (transfer full) (nullable): the image's bytes, or %NULL with
 *   @error set
 */
GBytes *
mg_chart_export_render (MgElection          *election,
                        MgStateResult       *state,
                        MgChartExportFormat  format,
                        guint                width,
                        gboolean             transparent,
                        MgChartLayoutFlags   flags,
                        GError             **error)
{
  g_autoptr (GByteArray) data = g_byte_array_new ();
  double scale, height;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (MG_IS_ELECTION (election), NULL);
  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);
  g_return_val_if_fail (width >= MG_CHART_EXPORT_MIN_WIDTH && width <= MG_CHART_EXPORT_MAX_WIDTH, NULL);

  scale = width / BASE_WIDTH;
  height = ceil (measure_height (election, state, flags) * scale);
  if (format == MG_CHART_EXPORT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (mg_summary_render_append_to_bytes, data, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  if (!transparent)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  cairo_scale (cr, scale, scale);
  draw (cr, election, state, flags, FALSE);
  cairo_destroy (cr);
  if (format == MG_CHART_EXPORT_PNG)
    cairo_surface_write_to_png_stream (surface, mg_summary_render_append_to_bytes, data);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("could not draw the chart: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * mg_chart_export_write:
 * @path: where, ending in .svg or .png
 *
 * Writes the chart image at @path, whole or not at all.
 */
gboolean
mg_chart_export_write (MgElection          *election,
                       MgStateResult       *state,
                       const char          *path,
                       guint                width,
                       gboolean             transparent,
                       MgChartLayoutFlags   flags,
                       GError             **error)
{
  g_autoptr (GBytes) bytes = NULL;
  MgChartExportFormat format;

  if (!mg_chart_export_format_for (path, &format))
    {
      /* TRANSLATORS: the kinds of image a chart is written as */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME, _("the name must end in .svg or .png"));
      return FALSE;
    }
  bytes = mg_chart_export_render (election, state, format, width, transparent, flags, error);
  return bytes != NULL &&
         g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
