/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "mg-chart-layout.h"
#include "mg-types.h"

G_BEGIN_DECLS

#define MG_CHART_EXPORT_DEFAULT_WIDTH 1200
#define MG_CHART_EXPORT_MIN_WIDTH     200
#define MG_CHART_EXPORT_MAX_WIDTH     8000

typedef enum {
  MG_CHART_EXPORT_PNG,
  MG_CHART_EXPORT_SVG,
} MgChartExportFormat;

gboolean mg_chart_export_format_for (const char           *path,
                                     MgChartExportFormat  *format);
GBytes  *mg_chart_export_render     (MgElection           *election,
                                     MgStateResult        *state,
                                     MgChartExportFormat   format,
                                     guint                 width,
                                     gboolean              transparent,
                                     MgChartLayoutFlags    flags,
                                     GError              **error);
gboolean mg_chart_export_write      (MgElection           *election,
                                     MgStateResult        *state,
                                     const char           *path,
                                     guint                 width,
                                     gboolean              transparent,
                                     MgChartLayoutFlags    flags,
                                     GError              **error);

G_END_DECLS
