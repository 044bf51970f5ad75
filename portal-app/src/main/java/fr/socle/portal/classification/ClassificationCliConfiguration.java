package fr.socle.portal.classification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * The classification beans the command-line loader needs to classify the demo town (no pages, no background
 * scans).
 */
@Configuration(proxyBeanMethods = false)
@Profile("cli")
@EnableConfigurationProperties(ClassificationSettings.class)
@Import({ClassificationConfiguration.class, Classifier.class, ScanStore.class, DecisionStore.class,
    ClassificationJson.class, DemoClassification.class})
public class ClassificationCliConfiguration {}
