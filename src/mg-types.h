/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _MgApplication  MgApplication;
typedef struct _MgAlliance     MgAlliance;
typedef struct _MgArticle      MgArticle;
typedef struct _MgCandidate    MgCandidate;
typedef struct _MgConstituency MgConstituency;
typedef struct _MgElection     MgElection;
typedef struct _MgFeedSource   MgFeedSource;
typedef struct _MgPartyResult  MgPartyResult;
typedef struct _MgReader       MgReader;
typedef struct _MgSeatsView    MgSeatsView;
typedef struct _MgChangesView  MgChangesView;
typedef struct _MgStatePage    MgStatePage;
typedef struct _MgStateResult  MgStateResult;
typedef struct _MgStateTabs    MgStateTabs;
typedef struct _MgWindow       MgWindow;

typedef enum {
  MG_STATE_STATUS_COUNTING,
  MG_STATE_STATUS_FINAL,
} MgStateStatus;

/* Where a constituency's count is. */
typedef enum {
  MG_SEAT_STATUS_PENDING,
  MG_SEAT_STATUS_COUNTING,
  MG_SEAT_STATUS_DECLARED,
} MgSeatStatus;

/* Seats reserved for Scheduled Castes or Scheduled Tribes. */
typedef enum {
  MG_RESERVED_NONE,
  MG_RESERVED_SC,
  MG_RESERVED_ST,
} MgReservation;

G_END_DECLS
