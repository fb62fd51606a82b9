package com.opensymphony.workflow.loader;

/**
 * Stand-in for {@code com.opensymphony.workflow.loader.DescriptorFactory} of the OSWorkflow 2.8
 * fork Jira ships (not in 2.7.0, the newest OSWorkflow on Maven Central, whose descriptors have
 * public constructors). Source: Jira's own {@code PermissionValidator.makeDescriptor} and public
 * plugins calling {@code DescriptorFactory.getFactory().createValidatorDescriptor()}. See
 * SOURCES.md (setup).
 */
public class DescriptorFactory {

  private static final DescriptorFactory FACTORY = new DescriptorFactory();

  public static DescriptorFactory getFactory() {
    return FACTORY;
  }

  public ValidatorDescriptor createValidatorDescriptor() {
    return new ValidatorDescriptor();
  }
}
