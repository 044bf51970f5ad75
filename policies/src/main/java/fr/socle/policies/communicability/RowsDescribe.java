package fr.socle.policies.communicability;

/** What one row of the dataset is about: it decides whether a location, an address or a SIRET is personal. */
public enum RowsDescribe {
  /** People (requests of citizens, agents, beneficiaries): their locations and addresses are personal data. */
  PERSONS,
  /** Businesses and associations: their numbers and seats are public; a sole trader is still a person. */
  BUSINESSES,
  /** Public bodies, facilities, public space: addresses, positions and switchboards are not personal data. */
  PUBLIC_THINGS,
  /** Not stated: the rules infer it from the schema and the findings. */
  UNKNOWN
}
