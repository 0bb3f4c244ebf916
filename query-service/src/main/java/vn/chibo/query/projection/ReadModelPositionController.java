package vn.chibo.query.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.events.indicator.ReadModelPosition;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The read model's position in the event topic, so a report can record which events its figures
 * reflect: figures read between two equal positions are those of exactly that position.
 */
@RestController
@Tag(name = "Mô hình đọc / Read model")
class ReadModelPositionController {

    private final EventProcessingConfiguration processing;

    ReadModelPositionController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @GetMapping("/api/read-model/position")
    @Operation(summary = "Vị trí đã đọc tới trong dòng sự kiện / The read model's position in the event topic")
    ReadModelPosition position() {
        Map<String, Long> partitions = new TreeMap<>();
        processing.eventProcessor(ReadModel.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .ifPresent(status -> status.values().stream()
                        .map(EventTrackerStatus::getTrackingToken)
                        .filter(Objects::nonNull)
                        .forEach(token -> add(partitions, token)));
        long total = partitions.values().stream().mapToLong(Long::longValue).sum();
        return new ReadModelPosition(ReadModel.PROCESSING_GROUP, partitions, total);
    }

    private static void add(Map<String, Long> partitions, TrackingToken token) {
        if (token instanceof KafkaTrackingToken kafka) {
            kafka.getPositions().forEach((partition, offset) -> partitions.merge(partition.toString(), offset, Math::max));
        } else {
            token.position().ifPresent(position -> partitions.merge("position", position, Math::max));
        }
    }
}
