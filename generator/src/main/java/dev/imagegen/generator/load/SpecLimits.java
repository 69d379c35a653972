package dev.imagegen.generator.load;

/**
 * The largest specs the generator takes. Each keeps the generated code far from the JVM's limits (64 KiB
 * of bytecode per method, 65,535 constants per class) and from the file system's (255 bytes per file
 * name); a spec past one is refused with its reason. The schema states the limits of one file, the
 * loader the others ({@link ValueBounds} those of every value); {@code SpecLimitsTest} checks that
 * the schema agrees.
 */
public final class SpecLimits {

  /** Models of one provider: its client and catalog grow by a few bytes of bytecode and about twenty constants per model. */
  public static final int MODELS_PER_PROVIDER = 2000;

  /** Parameters of one model: its request type's rules initializer grows by at most about 80 bytes per parameter. */
  public static final int PARAMETERS_PER_MODEL = 300;

  /** Values of one enum parameter: each is a constant of the nested enum, whose initializer grows by about 30 bytes a value. */
  public static final int ENUM_VALUES = 1000;

  /** Characters of a provider or model id, which names generated files. */
  public static final int ID_LENGTH = 100;

  /** Characters of a field name, such as a parameter's, which names generated methods. */
  public static final int NAME_LENGTH = 100;

  /** Characters of any other text but prose (descriptions, notes), since it may become a string constant. */
  public static final int TEXT_LENGTH = 1000;

  /** Significant digits of a number. */
  public static final int NUMBER_DIGITS = 100;

  /** The power of ten no number's magnitude may reach, nor its inverse. */
  public static final int NUMBER_EXPONENT = 1000;

  private SpecLimits() {}
}
