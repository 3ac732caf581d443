package org.opendti;

/** Where an observation came from (methodology §6: data sources per indicator). */
public enum Provenance {
  /** The unit's own report, with evidence ("báo cáo của đơn vị"). */
  REPORT,
  /** Automatic measurement by a monitoring system ("đo lường tự động"). */
  AUTOMATIC,
  /** A survey of citizens, enterprises or civil servants ("khảo sát"). */
  SURVEY,
  /** Expert assessment ("chuyên gia đánh giá"). */
  EXPERT
}
