package org.opendti;

/** What kind of body a unit is. Units of different kinds are normally scored with different frameworks. */
public enum UnitKind {
  /** A province or centrally run city ("tỉnh, thành phố trực thuộc Trung ương"). */
  PROVINCE,
  /** A ministry or ministry-level agency ("bộ, cơ quan ngang bộ"). */
  MINISTRY,
  /** A provincial department ("sở, ban, ngành"). */
  DEPARTMENT,
  /** A district, town or provincial city ("huyện, thị xã, thành phố"). */
  DISTRICT,
  /** A commune, ward or township ("xã, phường, thị trấn"). */
  COMMUNE,
  /** The country (the national DTI). */
  NATION,
  /** Anything else, e.g. a country in COINr's ASEM example. */
  OTHER
}
