package it.percorsi.content.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UploadedImageRepository extends JpaRepository<UploadedImageFile, Long> {

    Optional<UploadedImageFile> findByPath(String path);

    boolean existsByPath(String path);

    List<UploadedImageFile> findAllByOrderByPathAsc();

    List<UploadedImageFile> findByGuideSlugOrderByPathAsc(String guideSlug);
}
